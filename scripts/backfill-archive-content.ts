// `npx tsx scripts/backfill-archive-content.ts [hash…]`: adds the shown fields (content) to
// archived dataset versions that hold figures only. Each version is rebuilt from the commit that
// archived it, with that commit's own code (a temporary git worktree), and its content is kept
// only if that build reproduces the version's hash and figures; otherwise the version stays
// values-only, and snapshots of it say so. Run once per figures-only version; commit the result.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogSchema, indicatorListSchema } from '../src/domain/dataset/schema.ts';
import { figureRows } from '../src/domain/exports/snapshot-figures.ts';
import {
  ARCHIVE_DIR,
  readArchive,
  sameRows,
  servedContent,
  versionText,
} from './lib/dataset-archive.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

// Runs inside the old checkout, so it imports that commit's loader and API builder.
const BUILD = `
import { writeFileSync } from 'node:fs';
import { buildApiFiles } from './scripts/lib/api-files.ts';
import { loadDataset } from './scripts/lib/load-dataset.ts';
const files = buildApiFiles(loadDataset('data'), '1970-01-01T00:00:00.000Z');
writeFileSync(process.env.OUT + '/plans.json', files.get('plans.json'));
writeFileSync(process.env.OUT + '/indicators.json', files.get('indicators.json'));
`;

/** The API files the commit's own code builds from its own data/. */
function buildAt(commit: string): { plans: string; indicators: string } {
  const work = mkdtempSync(path.join(tmpdir(), 'archive-backfill-'));
  const tree = path.join(work, 'tree');
  git('worktree', 'add', '--detach', tree, commit);
  try {
    symlinkSync(path.resolve('node_modules'), path.join(tree, 'node_modules'));
    writeFileSync(path.join(tree, 'build-api-once.ts'), BUILD);
    execFileSync('npx', ['tsx', 'build-api-once.ts'], {
      cwd: tree,
      env: { ...process.env, OUT: work },
      stdio: 'inherit',
    });
    return {
      plans: readFileSync(path.join(work, 'plans.json'), 'utf8'),
      indicators: readFileSync(path.join(work, 'indicators.json'), 'utf8'),
    };
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(work, { recursive: true, force: true });
  }
}

const wanted = new Set(process.argv.slice(2));
for (const version of readArchive()) {
  if (version.content || (wanted.size > 0 && !wanted.has(version.hash))) continue;
  const file = path.join(ARCHIVE_DIR, `${version.hash}.json`);
  const commit = git('log', '--diff-filter=A', '--format=%H', '--', file).split('\n').pop();
  if (!commit) {
    console.error(`✗ ${file}: no commit added it; it stays values-only`);
    continue;
  }
  const built = buildAt(commit);
  const catalog = catalogSchema.parse(JSON.parse(built.plans));
  const indicators = indicatorListSchema.parse(JSON.parse(built.indicators));
  if (catalog.datasetHash !== version.hash) {
    console.error(
      `✗ ${file}: ${commit.slice(0, 7)} builds ${catalog.datasetHash}; stays values-only`,
    );
    continue;
  }
  if (!sameRows(figureRows({ catalog, indicators }), version.figures)) {
    console.error(`✗ ${file}: ${commit.slice(0, 7)} builds other figures; stays values-only`);
    continue;
  }
  const content = servedContent(built.plans, built.indicators);
  writeFileSync(file, versionText({ ...version, content }));
  console.log(`✓ ${file}: ${content.length} fields, rebuilt at ${commit.slice(0, 7)}`);
}
