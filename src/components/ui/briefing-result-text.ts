// The briefing's "result for that target" column, shared by the printed briefing and the Word
// briefing: the settling figure when there is one, else the words for why there is none.
import type { TFunction } from 'i18next';
import type { BriefingRow } from '../../domain/exports/briefing.ts';
import { NO_VALUE } from '../../domain/presentation/format.ts';

/** The figure that settles the judged target, or null (running, unpublished, stated in words). */
export function resultFigure(row: BriefingRow): { value: number; date: string } | null {
  if (row.verdict?.phase !== 'due' || row.result === null || 'stated' in row.result) return null;
  return row.result;
}

/** 进行中 / 未公布 / 来源表述：…, or a dash for context: for a row without a settling figure. */
export function resultWord(row: BriefingRow, t: TFunction): string {
  if (!row.verdict) return NO_VALUE;
  if (row.verdict.phase === 'running') return t('briefingTable.running');
  if (row.result === null || !('stated' in row.result)) return t('briefingTable.unpublished');
  return t('briefingTable.stated', {
    status: t(`status.${row.result.stated ? 'achieved' : 'missed'}`),
  });
}
