// Presentation mode left running for hours must not grow: the JS heap (after a forced GC) and
// the DOM after 300 rotations against after 10, with Playwright's clock driving the rotation
// (300 × 5 s = 25 minutes of page time, in seconds of real time). Reported, never asserted.
// Readings at 600 and 1000 rotations tell warm-up (the heap levels off) from a leak (it keeps
// climbing). DOM nodes depend on which screen is up, so compare them only as a bound.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { round } from './stats';

const INTERVAL_S = 5;
/** The rotation counts at which the heap is read; the first is the baseline (warmed up). */
export const CHECKPOINTS = [10, 100, 300, 600, 1000] as const;

export type HeapPoint = {
  rotations: number;
  /** Runtime.getHeapUsage().usedSize after HeapProfiler.collectGarbage, in bytes. */
  heapUsed: number;
  domNodes: number;
  listeners: number;
};
export type PresentHeapResult = {
  url: string;
  screens: number;
  points: HeapPoint[];
  /** heap after 300 rotations ÷ after 10 (the measure). */
  ratio: number;
  /** heap after 1000 rotations ÷ after 600: about 1 when the heap has levelled off. */
  tailRatio: number;
};

async function sample(cdp: CDPSession, rotations: number): Promise<HeapPoint> {
  // Twice: the first pass can leave garbage that only a finaliser released.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    rotations,
    heapUsed: usedSize,
    domNodes: counters.nodes,
    listeners: counters.jsEventListeners,
  };
}

/** The "第 k / N" in the footer, as [k, N]. */
async function position(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.present-foot__state').textContent()) ?? '';
  const match = /(\d+)\s*\/\s*(\d+)/.exec(text);
  if (!match) throw new Error(`no screen position in the footer: "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

export async function measurePresentHeap(
  browser: Browser,
  baseUrl: string,
): Promise<PresentHeapResult> {
  const url = `${baseUrl}/present?demo&interval=${INTERVAL_S}`;
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-03-10T09:00:00+08:00') });
    await page.goto(url);
    await page.locator('.present-tile').first().waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    const [, screens] = await position(page);
    const points: HeapPoint[] = [];
    for (let rotation = 1; rotation <= CHECKPOINTS.at(-1)!; rotation++) {
      const expected = (rotation % screens) + 1;
      await page.clock.runFor(INTERVAL_S * 1000);
      // Each step must really have moved on, else the heap would be measured on a still screen.
      await page.waitForFunction(
        (want) =>
          new RegExp(`(^|\\D)${want}\\s*/`).test(
            document.querySelector('.present-foot__state')?.textContent ?? '',
          ),
        expected,
        { timeout: 10_000 },
      );
      if ((CHECKPOINTS as readonly number[]).includes(rotation))
        points.push(await sample(cdp, rotation));
    }
    const heapAt = (rotations: number) => points.find((p) => p.rotations === rotations)!.heapUsed;
    return {
      url: new URL(url).pathname + new URL(url).search,
      screens,
      points,
      ratio: round(heapAt(300) / heapAt(10), 3),
      tailRatio: round(heapAt(1000) / heapAt(600), 3),
    };
  } finally {
    await context.close();
  }
}
