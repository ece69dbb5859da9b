// Checks the hand-curated dataset (sources.json + plans/*.json) and names, for every problem,
// the file, the indicator and the field, so a curator can fix data/ without reading code.
// Pure (files come in as text) so the CLI, the static-API build and tests share it. It is
// longer than house style likes because this module was assigned exactly one file.
import type * as z from 'zod/mini';
import {
  plansFileSchema,
  sourcesFileSchema,
  type Citation,
  type Indicator,
  type PlansFile,
  type Source,
  type Unit,
} from './schema';
import { extractQuantities, quoteStatesValue, sameNumber } from './quote-numbers';

/** Far above any real plan file; a bigger one is a paste accident, not data. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

export interface DataFile {
  path: string;
  text: string;
}
export interface DataError {
  file: string;
  indicator?: string;
  field: string;
  message: string;
}
export interface Dataset {
  sources: Source[];
  plans: PlansFile[];
}
export interface ValidateOptions {
  /** YYYY-MM-DD; observations after it are errors. Passed in so results are reproducible. */
  today: string;
  /** Where the files live, as their paths spell it (default "data"). */
  dir?: string;
}

type Path = readonly PropertyKey[];
interface Parsed<T> {
  file: string;
  data: T;
}

/** Validates every file and the dataset as a whole; `dataset` is null when anything is wrong. */
export function validateDataset(
  files: readonly DataFile[],
  options: ValidateOptions,
): { dataset: Dataset | null; errors: DataError[] } {
  const dir = (options.dir ?? 'data').replace(/\/+$/, '');
  const errors: DataError[] = [];
  const jsonFiles = files.filter((f) => f.path.endsWith('.json'));
  const sorted = [...jsonFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let sources: Parsed<Source[]> | null = null;
  const plans: Parsed<PlansFile>[] = [];
  let sourcesSeen = false;
  let planFilesSeen = 0;

  for (const file of sorted) {
    const isSources = file.path === `${dir}/sources.json`;
    const isPlan = new RegExp(`^${escapeRegExp(dir)}/plans/[^/]+\\.json$`).test(file.path);
    if (!isSources && !isPlan) {
      errors.push(
        fileError(
          file.path,
          `is not part of the dataset: sources go in ${dir}/sources.json, plans in ${dir}/plans/<plan-id>.json`,
        ),
      );
      continue;
    }
    if (isSources) sourcesSeen = true;
    else planFilesSeen += 1;
    const json = readJson(file, errors);
    if (!json) continue;
    const result = (isSources ? sourcesFileSchema : plansFileSchema).safeParse(json.value);
    if (!result.success) {
      errors.push(
        ...result.error.issues.flatMap((issue) => issueErrors(file.path, json.value, issue)),
      );
    } else if ('sources' in result.data) {
      sources = { file: file.path, data: result.data.sources };
    } else {
      plans.push({ file: file.path, data: result.data });
    }
  }

  if (!sourcesSeen)
    errors.push(
      fileError(`${dir}/sources.json`, 'is missing: every citation names a source listed there'),
    );
  if (planFilesSeen === 0)
    errors.push(fileError(`${dir}/plans/`, `holds no plan files: add ${dir}/plans/<plan-id>.json`));
  if (sources) errors.push(...checkSources(sources, options.today));
  // Without a valid sources file every citation would look unknown; that is one error, not hundreds.
  const sourceIds = sources ? new Set(sources.data.map((s) => s.id)) : null;
  errors.push(...checkPlans(plans, sourceIds, options.today, dir));

  // Grouped by file (the sort is stable), so each file's problems read together.
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const dataset =
    errors.length === 0 && sources
      ? { sources: sources.data, plans: plans.map((p) => p.data) }
      : null;
  return { dataset, errors };
}

/** One line per error: `data/plans/x.json › indicator y › target.value: message`. */
export function formatDataError(error: DataError): string {
  const indicator = error.indicator ? ` › indicator ${error.indicator}` : '';
  const field = error.field ? ` › ${error.field}` : '';
  return `${error.file}${indicator}${field}: ${error.message}`;
}

function fileError(file: string, message: string): DataError {
  return { file, field: '', message };
}

function readJson(file: DataFile, errors: DataError[]): { value: unknown } | null {
  const fail = (message: string) => errors.push(fileError(file.path, message));
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_DATA_FILE_BYTES) {
    fail(
      `is ${bytes} bytes, over the ${MAX_DATA_FILE_BYTES}-byte limit: split it or remove what was pasted by accident`,
    );
    return null;
  }
  let text = file.text;
  if (text.startsWith('\uFEFF')) {
    fail('starts with a byte-order mark (BOM): save it as UTF-8 without BOM');
    text = text.slice(1);
  }
  if (text.trim() === '') {
    fail('is empty: it must hold one JSON object');
    return null;
  }
  const cr = text.indexOf('\r');
  if (cr >= 0)
    fail(
      `uses CRLF (Windows) line endings, first on line ${lineColumn(text, cr).line}: save it with LF line endings`,
    );
  const mangled = text.indexOf('\uFFFD');
  if (mangled >= 0)
    fail(
      `is not valid UTF-8 (line ${lineColumn(text, mangled).line} holds a replacement character): save it as UTF-8`,
    );
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const { at, reason } = findJsonSyntaxError(text);
    const { line, column } = lineColumn(text, at);
    fail(`is not valid JSON: ${reason} at line ${line}, column ${column}`);
    return null;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Node's JSON.parse messages differ between versions and often give no position, so the
 * first syntax error is located by a small scanner of our own (run only after parse failed).
 */
function findJsonSyntaxError(text: string): { at: number; reason: string } {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    throw Object.assign(new Error(reason), { at });
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i += 1;
  };
  const unexpected = () =>
    stop(i >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[i])}`);
  const string = () => {
    i += 1;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) stop('unterminated string');
      if (ch === '"') return void (i += 1);
      if (ch === '\\') {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6)))
          stop('bad escape in a string');
        i += text[i + 1] === 'u' ? 6 : 2;
      } else if (ch! < ' ') stop('a raw line break or control character inside a string');
      else i += 1;
    }
  };
  const list = (close: string, item: () => void) => {
    i += 1;
    space();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      space();
      if (text[i] === close) return void (i += 1);
      if (text[i] !== ',') stop(`expected "," or "${close}"`);
      const comma = i;
      i += 1;
      space();
      if (text[i] === close) stop(`trailing comma before "${close}"`, comma);
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      return list('}', () => {
        space();
        if (text[i] !== '"') stop('expected a double-quoted property name');
        string();
        space();
        if (text[i] !== ':') stop('expected ":" after a property name');
        i += 1;
        value();
      });
    }
    if (ch === '[') return list(']', value);
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) unexpected();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop('unexpected text after the JSON value');
  } catch (error) {
    return { at: (error as { at: number }).at, reason: (error as Error).message };
  }
  return { at: 0, reason: 'unreadable JSON' };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/** Puts an issue under its indicator's id, so "indicators[3].target" reads as the indicator it is. */
function locate(file: string, raw: unknown, path: Path, message: string): DataError {
  if (path[0] === 'indicators' && typeof path[1] === 'number') {
    const id = valueAt(raw, ['indicators', path[1], 'id']);
    const indicator = typeof id === 'string' && id !== '' ? id : `indicators[${path[1]}]`;
    return { file, indicator, field: formatPath(path.slice(2)), message };
  }
  return { file, field: formatPath(path), message };
}

function issueErrors(file: string, raw: unknown, issue: z.core.$ZodIssue): DataError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      locate(
        file,
        raw,
        [...issue.path, key],
        `unknown key "${key}": remove it or fix its spelling`,
      ),
    );
  }
  return [locate(file, raw, issue.path, describeIssue(issue, valueAt(raw, issue.path)))];
}

// zod/mini ships no English messages ("Invalid input"), so generic issues are worded here.
function describeIssue(issue: z.core.$ZodIssue, got: unknown): string {
  const own = issue.message !== 'Invalid input' ? issue.message : null;
  if (issue.code === 'invalid_type') {
    if (got === undefined) return 'is required';
    // JSON's 1e999 parses as Infinity, which zod reports as "not a number".
    if (typeof got === 'number' && !Number.isFinite(got))
      return `must be a finite number, got ${got}`;
    const expected = String(issue.expected);
    return `${own ?? `must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`}, got ${describeValue(got)}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(got)}`;
  }
  return got === undefined || typeof got === 'object'
    ? (own ?? issue.code)
    : `${own ?? issue.code}, got ${describeValue(got)}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return value.length > 60 ? `a ${value.length}-character text` : JSON.stringify(value);
  return String(value);
}

function checkSources({ file, data }: Parsed<Source[]>, today: string): DataError[] {
  const errors: DataError[] = [];
  const first = new Map<string, number>();
  data.forEach((source, i) => {
    const earlier = first.get(source.id);
    if (earlier !== undefined)
      errors.push({
        file,
        field: `sources[${i}].id`,
        message: `duplicate source id "${source.id}" (first at sources[${earlier}])`,
      });
    else first.set(source.id, i);
    if (source.date > today)
      errors.push({
        file,
        field: `sources[${i}].date`,
        message: `${source.date} is in the future (today is ${today})`,
      });
  });
  return errors;
}

function checkPlans(
  plans: Parsed<PlansFile>[],
  sourceIds: Set<string> | null,
  today: string,
  dir: string,
): DataError[] {
  const errors: DataError[] = [];
  const planFiles = new Map<string, string>();
  const indicatorHomes = new Map<string, string>();
  for (const { file, data } of plans) {
    const { plan } = data;
    const push = (field: string, message: string) => errors.push({ file, field, message });
    const other = planFiles.get(plan.id);
    if (other) push('plan.id', `duplicate plan id "${plan.id}" (also in ${other})`);
    else planFiles.set(plan.id, file);
    if (file !== `${dir}/plans/${plan.id}.json`)
      push('plan.id', `plan "${plan.id}" must be saved as ${dir}/plans/${plan.id}.json`);
    if (plan.period.end < plan.period.start)
      push(
        'plan.period.end',
        `period ends (${plan.period.end}) before it starts (${plan.period.start})`,
      );
    if (sourceIds && !sourceIds.has(plan.citation.source))
      push('plan.citation.source', unknownSource(plan.citation.source, dir));
  }
  for (const { file, data } of plans) {
    data.indicators.forEach((indicator, i) => {
      const home = indicatorHomes.get(indicator.id);
      const push = (field: string, message: string) =>
        errors.push({ file, indicator: indicator.id, field, message });
      if (home) push('id', `duplicate indicator id "${indicator.id}" (also in ${home})`);
      else indicatorHomes.set(indicator.id, `${file} at indicators[${i}]`);
      if (indicator.plan !== data.plan.id) {
        const known = planFiles.get(indicator.plan);
        push(
          'plan',
          known
            ? `belongs to plan "${indicator.plan}" but sits in the file of plan "${data.plan.id}": move it to ${known}`
            : `unknown plan "${indicator.plan}" (this file holds plan "${data.plan.id}")`,
        );
      }
      checkIndicator(indicator, data.plan.period.start, today, push);
      for (const { field, value, unit, citation } of numberedCitations(indicator)) {
        if (sourceIds && !sourceIds.has(citation.source))
          push(`${field}.citation.source`, unknownSource(citation.source, dir));
        if (!quoteStatesValue(citation.quote, value, unit))
          push(`${field}.citation.quote`, quoteMismatch(citation.quote, value, unit));
      }
    });
  }
  return errors;
}

function checkIndicator(
  indicator: Indicator,
  periodStart: string,
  today: string,
  push: (field: string, message: string) => void,
): void {
  const { target, baseline, observations, references = [] } = indicator;
  if (target.deadline < periodStart)
    push(
      'target.deadline',
      `deadline ${target.deadline} is before the plan period starts (${periodStart})`,
    );
  const firstObservation = observations[0];
  if (baseline && firstObservation && baseline.date > firstObservation.date)
    push(
      'baseline.date',
      `baseline date ${baseline.date} is after the first observation (${firstObservation.date})`,
    );
  observations.forEach((o, i) => {
    if (o.date > today)
      push(`observations[${i}].date`, `${o.date} is in the future (today is ${today})`);
  });
  references.forEach((r, i) => {
    if (r.date > today)
      push(`references[${i}].date`, `${r.date} is in the future (today is ${today})`);
    if (r.unit === 'percent' && (r.value < 0 || r.value > 100))
      push(`references[${i}].value`, `a percent must be within 0–100, got ${r.value}`);
  });
}

/** Every figure an indicator carries, with the citation that must state it. */
function numberedCitations(
  indicator: Indicator,
): { field: string; value: number; unit: Unit; citation: Citation }[] {
  const { unit, target, baseline, observations, references = [] } = indicator;
  return [
    { field: 'target', value: target.value, unit, citation: target.citation },
    ...(baseline
      ? [{ field: 'baseline', value: baseline.value, unit, citation: baseline.citation }]
      : []),
    ...observations.map((o, i) => ({
      field: `observations[${i}]`,
      value: o.value,
      unit,
      citation: o.citation,
    })),
    ...references.map((r, i) => ({
      field: `references[${i}]`,
      value: r.value,
      unit: r.unit,
      citation: r.citation,
    })),
  ];
}

function unknownSource(id: string, dir: string): string {
  return `unknown source "${id}": add it to ${dir}/sources.json or fix the id`;
}

function quoteMismatch(quote: string, value: number, unit: Unit): string {
  const shown = quote.length > 60 ? `${quote.slice(0, 60)}…` : quote;
  const found = extractQuantities(quote);
  // The two likeliest curation slips get a hint: a figure stored in 万, and a count backed by a rate.
  const scaled = found.find(
    (q) => sameNumber(q.value, value * 1e4) || sameNumber(q.value, value * 1e8),
  );
  const hint = scaled
    ? ` (values are stored in full: the quote's figure is ${scaled.value})`
    : unit !== 'percent' && found.some((q) => q.percent && sameNumber(q.value, value))
      ? ' (the quote gives it only as a percentage)'
      : '';
  return `quote "${shown}" does not state ${value}${hint}`;
}
