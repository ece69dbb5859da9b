// First-visit JavaScript as a browser really fetches it: a plain visit, no interaction, every
// response of resourceType 'script' until the network is idle. Sizes: the body gzipped at level 9
// (as the budgets count) and the bytes that came over the wire, headers included, from
// `vite preview` (which gzips at its own level).
import type { Browser, Response } from 'playwright-core';
import { chunkName, sizeOf } from './sizes';

export type ScriptFile = {
  file: string;
  name: string;
  raw: number;
  gzip: number;
  transferred: number;
};
export type VisitJs = {
  label: string;
  path: string;
  viewport: { width: number; height: number };
  files: ScriptFile[];
  count: number;
  gzip: number;
  transferred: number;
};
export type Visit = { label: string; path: string; width: number; height: number };

async function sizeOfScript(response: Response): Promise<ScriptFile> {
  const body = await response.body();
  const sizes = await response.request().sizes();
  const file = new URL(response.url()).pathname;
  const { raw, gzip } = sizeOf(body);
  const transferred = sizes.responseHeadersSize + sizes.responseBodySize;
  return { file, name: chunkName(file.split('/').at(-1) ?? file), raw, gzip, transferred };
}

/** Longer than boot.ts's WARM_DELAY_MS plus an idle callback's timeout margin. */
const LATE_FETCHES_MS = 4000;

async function visit(browser: Browser, baseUrl: string, { label, path, width, height }: Visit) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const page = await context.newPage();
    const pending: Promise<ScriptFile>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') pending.push(sizeOfScript(response));
    });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    // boot.ts fetches React 1.5 s after the load event, once the page is idle: that is part of
    // a first visit too, so wait well past it and for the network to be idle again.
    await page.waitForTimeout(LATE_FETCHES_MS);
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(pending)).sort((a, b) => b.gzip - a.gzip);
    const sum = (key: 'gzip' | 'transferred') => files.reduce((total, f) => total + f[key], 0);
    return {
      label,
      path,
      viewport: { width, height },
      files,
      count: files.length,
      gzip: sum('gzip'),
      transferred: sum('transferred'),
    } satisfies VisitJs;
  } finally {
    await context.close();
  }
}

export async function measureFirstVisitJs(
  browser: Browser,
  baseUrl: string,
  visits: Visit[],
): Promise<VisitJs[]> {
  const results: VisitJs[] = [];
  for (const v of visits) {
    results.push(await visit(browser, baseUrl, v));
    const last = results.at(-1)!;
    process.stderr.write(`  first-visit JS ${v.label}: ${last.count} files, ${last.gzip} B gzip\n`);
  }
  return results;
}
