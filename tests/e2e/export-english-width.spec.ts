// English chart exports: the longer English words are laid out to fit (wrapped, never cut), the
// legend names every mark the chart draws, and nothing is drawn beyond the picture's width.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { download, OUT, pngFacts } from './export-helpers';
import { serveWithObservations } from './fixtures';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

const DATASET_LINE =
  /Source: public documents of the Beijing Federation of Trade Unions, the Beijing Government and others \(dataset [0-9a-f]+\)/;

type SvgFacts = {
  error: string | null;
  width: number;
  /** The SVG's text, line by line as drawn (a wrapped line is several <text> elements). */
  texts: string[];
  /** The widest right edge of any text, relative to the viewBox (measured by the browser). */
  overflow: number;
  /** The leftmost edge of any text. */
  leftmost: number;
};

/** Renders the SVG file in the page and measures where each of its texts ends. */
function svgFacts(page: Page, source: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;';
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    host.append(svg);
    document.body.append(host);
    const width = Number(svg.getAttribute('width'));
    const origin = svg.getBoundingClientRect();
    let right = 0;
    let left = Infinity;
    const texts: string[] = [];
    for (const node of svg.querySelectorAll('text')) {
      texts.push(node.textContent ?? '');
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue;
      right = Math.max(right, box.right - origin.left);
      left = Math.min(left, box.left - origin.left);
    }
    host.remove();
    return { error, width, texts, overflow: right - width, leftmost: left };
  }, source);
}

async function exportBoth(page: Page, scope: Locator, title: string) {
  const png = await download(page, () => scope.getByRole('button', { name: /PNG/ }).click());
  await writeFile(`${OUT}/en-${png.name}`, png.bytes);
  const facts = pngFacts(png.bytes);
  expect(facts.width).toBe(760 * 2);
  expect(facts.inkShare).toBeGreaterThan(0.01);

  const svg = await download(page, () => scope.getByRole('button', { name: /SVG/ }).click());
  await writeFile(`${OUT}/en-${svg.name}`, svg.bytes);
  const text = svg.bytes.toString('utf8');
  const parsed = await svgFacts(page, text);
  expect(parsed.error).toBeNull();
  expect(parsed.width).toBe(760);
  // The whole title and the whole source line, however they were wrapped.
  const joined = parsed.texts.join(' ').replace(/\s+/g, ' ');
  expect(joined).toContain(title);
  expect(joined).toMatch(DATASET_LINE);
  expect(joined).not.toContain('…');
  // Nothing drawn beyond either edge.
  expect(parsed.overflow).toBeLessThanOrEqual(0.5);
  expect(parsed.leftmost).toBeGreaterThanOrEqual(0);
  return { text, texts: parsed.texts };
}

test('English chart exports keep their words whole, within the width, with every legend entry', async ({
  page,
}) => {
  await serveWithObservations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?asOf=2025-01-15&lang=en');
  const plan = page.getByRole('region', {
    name: 'Beijing 14th Five-Year Plan for Worker Development (2021–2025)',
  });
  await plan.locator('.chart-figure__chart').scrollIntoViewIfNeeded();
  const overview = await exportBoth(
    page,
    plan,
    'Beijing 14th Five-Year Plan for Worker Development (2021–2025) · Progress towards target (share of the way from baseline to target)',
  );
  expect(overview.texts).toContain('0%');
  expect(overview.texts.some((t) => /^Expected by now/.test(t))).toBe(true);

  await page.goto('/indicator/worker-innovation-studios?asOf=2025-07-01&lang=en');
  const history = page.getByRole('figure', { name: /History, target and projection/ });
  const detail = await exportBoth(page, history, 'Worker innovation studios · History');
  expect(detail.texts.some((t) => /Expected/i.test(t))).toBe(true);
});
