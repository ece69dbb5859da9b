// @vitest-environment node
// The archive of published datasets (datasets/): appended by `npm run data:archive`, checked by
// `npm run data:check`, served as /api/datasets/.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  archiveApiFiles,
  archiveDataset,
  archiveProblem,
  servedVersion,
} from '../../scripts/lib/dataset-archive';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { catalogSubset } from '../../src/domain/exports/data-in-view';
import { snapshotCatalog } from '../../src/domain/exports/snapshot-content';
import { realApiData } from '../utils/real-api';

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'archive-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the dataset archive', () => {
  const dataset = loadDataset('data');

  it('holds the current dataset (data:check fails otherwise)', () => {
    expect(archiveProblem(dataset)).toBeNull();
    expect(servedVersion(dataset).hash).toBe(realApiData().catalog.datasetHash);
  });

  it('names the missing version and the command that adds it', () => {
    const dir = tempDir();
    expect(archiveProblem(dataset, dir)).toMatch(
      /is not in .+: run `npm run data:archive` and commit/,
    );
    expect(archiveDataset(dataset, dir, '2026-11-24')).toMatchObject({ added: true });
    expect(archiveDataset(dataset, dir, '2026-11-25')).toMatchObject({ added: false });
    expect(archiveProblem(dataset, dir)).toBeNull();
  });

  it('notices an archived version whose figures were edited', () => {
    const dir = tempDir();
    const { file } = archiveDataset(dataset, dir, '2026-11-24');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"value":8000', '"value":9000'));
    expect(archiveProblem(dataset, dir)).toMatch(/does not hold the current dataset's figures/);
  });

  it('asks for the content of a current version archived with figures only; data:archive adds it, keeping its date', () => {
    const dir = tempDir();
    const { file } = archiveDataset(dataset, dir, '2026-11-24');
    const version = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete version.content;
    writeFileSync(file, JSON.stringify(version));
    expect(archiveProblem(dataset, dir)).toMatch(/holds the current dataset's figures only/);
    expect(archiveDataset(dataset, dir, '2026-12-01')).toMatchObject({ added: true });
    expect(archiveProblem(dataset, dir)).toBeNull();
    expect(readFileSync(file, 'utf8')).toContain('"archivedAt": "2026-11-24"');
  });

  it('notices an archived version whose content (a quote, a link) was edited', () => {
    const dir = tempDir();
    const { file } = archiveDataset(dataset, dir, '2026-11-24');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"field":"url"', '"field":"uri"'));
    expect(archiveProblem(dataset, dir)).toMatch(/does not hold the current dataset's content/);
  });

  it('serves an index of every version and one file per version', () => {
    const files = archiveApiFiles();
    const index = JSON.parse(files.get('datasets/index.json')!) as { versions: { hash: string }[] };
    expect(index.versions.map((v) => v.hash)).toContain(servedVersion(dataset).hash);
    for (const { hash } of index.versions) expect(files.has(`datasets/${hash}.json`)).toBe(true);
  });
});

describe(snapshotCatalog, () => {
  it('keeps every plan and the figures of figures-only plans on the overview', () => {
    const full = realApiData().catalog;
    const indicators = realApiData().indicators.slice(0, 1);
    const inView = catalogSubset(full, indicators, []);
    const filters = { plan: null, category: null, status: null, q: '' };
    // Before: only the plan of the one indicator, so figures-only plans went missing.
    expect(inView.plans.length).toBeLessThan(full.plans.length);
    const kept = snapshotCatalog(full, inView, '/', filters);
    expect(kept.plans.map((p) => p.id)).toEqual(full.plans.map((p) => p.id));
    expect(kept.figures.map((f) => f.id)).toEqual(full.figures.map((f) => f.id));
    const cited = new Set(kept.sources.map((s) => s.id));
    for (const f of kept.figures) expect(cited.has(f.citation.source)).toBe(true);
    // An indicator page's snapshot stays what it was.
    expect(snapshotCatalog(full, inView, '/indicator/x', filters)).toBe(inView);
  });
});
