// The source a row cites, as data/ will hold it: one already in data/ when the URL (or the
// document) matches, else a new one with a stable id, described the same way on every row.
import { sourceSchema, type Source } from '../dataset/schema.ts';
import type { Dataset } from '../dataset/validate-dataset.ts';
import { L, type ReportRow } from './report-row.ts';
import type { SourceCells } from './row-source-cells.ts';
import type { ColumnKey } from './template-spec.ts';

/** FNV-1a, 32 bits: a short stable tag for a new source's id. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const docKey = (s: Pick<Source, 'kind' | 'title' | 'publisher' | 'date'>) =>
  `${s.kind}|${s.title.zh}|${s.publisher.zh}|${s.date}`;

/** data/'s sources by URL and by document, and the new sources met so far in this file. */
export interface KnownSources {
  byUrl: Map<string, Source>;
  byDoc: Map<string, Source>;
  newSources: Map<string, { source: Source; row: number }>;
}

export function knownSources(dataset: Dataset): KnownSources {
  const byUrl = new Map<string, Source>();
  const byDoc = new Map<string, Source>();
  for (const s of dataset.sources) {
    if (s.url) byUrl.set(s.url, s);
    byDoc.set(docKey(s), s);
  }
  return { byUrl, byDoc, newSources: new Map() };
}

/** The row's source (null while the row has problems); a new one is remembered in `known`. */
export function sourceOf(
  { n, bad, rowOk }: ReportRow,
  { kind, title, publisher, outlet, published, url }: SourceCells,
  { byUrl, byDoc, newSources }: KnownSources,
): { source: Source | null; sourceIsNew: boolean } {
  let source: Source | null = null;
  let sourceIsNew = false;
  if (rowOk() && kind && title && publisher && published && (kind === 'internal' || url)) {
    const candidate: Source = {
      id: '',
      title,
      publisher,
      date: published,
      kind,
      ...(outlet && kind === 'repost' ? { originalOutlet: outlet } : {}),
      ...(url ? { url } : {}),
    };
    const existing = (url ? byUrl.get(url) : undefined) ?? byDoc.get(docKey(candidate));
    if (existing) source = existing;
    else {
      const key = url || docKey(candidate);
      const id = `report-${published}-${shortHash(key)}`;
      candidate.id = id;
      const earlier = newSources.get(key);
      if (earlier) {
        const a = JSON.stringify({ ...earlier.source, id: '' });
        const b = JSON.stringify({ ...candidate, id: '' });
        if (a !== b)
          bad(
            url ? 'url' : 'titleZh',
            L(
              `同一来源在第${earlier.row}行的写法不同（标题、单位、日期或类型）`,
              `the same source is described differently in row ${earlier.row} (title, publisher, date or kind)`,
            ),
            L(
              '同一文件的各行填写完全相同的来源信息',
              'describe one document the same way on every row',
            ),
          );
        source = earlier.source;
      } else {
        const parsed = sourceSchema.safeParse(candidate);
        if (!parsed.success)
          for (const issue of parsed.error.issues) {
            const [field, lang] = issue.path.map(String);
            const key: ColumnKey =
              field === 'title'
                ? lang === 'en'
                  ? 'titleEn'
                  : 'titleZh'
                : field === 'publisher'
                  ? lang === 'en'
                    ? 'publisherEn'
                    : 'publisherZh'
                  : field === 'originalOutlet'
                    ? lang === 'en'
                      ? 'outletEn'
                      : 'outletZh'
                    : field === 'url'
                      ? 'url'
                      : field === 'date'
                        ? 'published'
                        : 'sourceKind';
            bad(
              key,
              L(`不符合数据规则：${issue.message}`, issue.message),
              L('按说明修改这一格', 'correct the cell as the message says'),
            );
          }
        else {
          newSources.set(key, { source: candidate, row: n });
          source = candidate;
        }
      }
      sourceIsNew = true;
    }
  }
  return { source, sourceIsNew };
}
