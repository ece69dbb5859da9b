// The arguments of `npm run data:extract`: the document, what the text lacks (--date, --title,
// --url), and for --write the plan, the candidates taken (--only) and the source cited: an
// existing one (--source) or a new one made from the flags. A usage error throws UsageError.
export class UsageError extends Error {}

export const USAGE = `usage: npm run data:extract -- <file.txt|.html|.docx|.pdf> [--json] [--date YYYY-MM-DD] [--title <title>] [--data-dir <dir>]
  [--write --plan <plan id> [--only 1,3,5] [--dry-run] [--today YYYY-MM-DD]
   (--source <source id> | --url <url> --title <zh> --title-en <en> --publisher <zh> --publisher-en <en> --kind <kind> [--outlet <zh> --outlet-en <en>] [--source-id <id>])]`;

const VALUED = [
  'date',
  'title',
  'data-dir',
  'plan',
  'only',
  'source',
  'source-id',
  'url',
  'title-en',
  'publisher',
  'publisher-en',
  'kind',
  'outlet',
  'outlet-en',
  'today',
] as const;
const FLAGS = ['json', 'write', 'dry-run'] as const;

export type Valued = (typeof VALUED)[number];

export interface ExtractArgs {
  file: string;
  values: Partial<Record<Valued, string>>;
  json: boolean;
  write: boolean;
  dryRun: boolean;
  dataDir: string;
  /** --only's candidate numbers, or null for every matched candidate. */
  only: number[] | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseExtractArgs(argv: readonly string[]): ExtractArgs {
  const values: Partial<Record<Valued, string>> = {};
  const flags = new Set<string>();
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.slice(2);
    if ((VALUED as readonly string[]).includes(name)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${a} needs a value`);
      values[name as Valued] = value;
    } else if ((FLAGS as readonly string[]).includes(name)) flags.add(name);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file) throw new UsageError(`one document at a time (${file}, ${a})`);
    else file = a;
  }
  if (!file) throw new UsageError('no document named');
  for (const key of ['date', 'today'] as const)
    if (values[key] !== undefined && !DATE.test(values[key]))
      throw new UsageError(`--${key} ${values[key]}: expected YYYY-MM-DD`);
  const write = flags.has('write');
  if (write && !values.plan) throw new UsageError('--write needs --plan <plan id>');
  if (!write)
    for (const key of ['plan', 'only', 'source'] as const)
      if (values[key] !== undefined) throw new UsageError(`--${key} is for --write`);
  let only: number[] | null = null;
  if (values.only !== undefined) {
    if (!/^\d+(,\d+)*$/.test(values.only))
      throw new UsageError(`--only ${values.only}: expected candidate numbers like 1,3,5`);
    only = values.only.split(',').map(Number);
  }
  return {
    file,
    values,
    json: flags.has('json'),
    write,
    dryRun: flags.has('dry-run'),
    dataDir: values['data-dir'] ?? 'data',
    only,
  };
}
