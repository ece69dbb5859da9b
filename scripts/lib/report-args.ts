// Arguments shared by data:import and data:template: `--data-dir <dir>`, `--today YYYY-MM-DD`
// (tests pin the day), `--lang zh|en`, `--dry-run`, `--allow-hidden` (import hidden sheets, rows
// and columns once they have been named), and the one file named.
export interface ReportArgs {
  file: string | undefined;
  dataDir: string;
  today: string | undefined;
  lang: 'zh' | 'en';
  dryRun: boolean;
  allowHidden: boolean;
}

export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = {
    file: undefined,
    dataDir: 'data',
    today: undefined,
    lang: 'en',
    dryRun: false,
    allowHidden: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--allow-hidden') args.allowHidden = true;
    else if (a === '--data-dir') args.dataDir = argv[++i] ?? 'data';
    else if (a === '--today') args.today = argv[++i];
    else if (a === '--lang') args.lang = argv[++i] === 'zh' ? 'zh' : 'en';
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.file = a;
  }
  return args;
}
