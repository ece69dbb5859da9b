import { expect, test } from '@playwright/test';
import { serveWithObservations } from './fixtures';

test('filter to off-track, open one, switch to English, share the link', async ({
  page,
  context,
}) => {
  await serveWithObservations(page);
  await page.goto('/?asOf=2025-01-15');
  await expect(page.getByRole('heading', { level: 1, name: '指标总览' })).toBeVisible();

  await page.getByRole('combobox', { name: '状态' }).selectOption({ label: '进度滞后' });
  await expect(page).toHaveURL(/status=off_track/);
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(2);

  // Named in 需关注 and on its card: the card's link.
  await cards.getByRole('link', { name: '全市工会组织职工覆盖率' }).click();
  await expect(page).toHaveURL(/\/indicator\/union-coverage-rate\?asOf=2025-01-15/);
  await expect(
    page.getByRole('heading', { level: 1, name: '全市工会组织职工覆盖率' }),
  ).toBeVisible();
  await expect(page.getByText('进度滞后').first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Share of workers covered/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/lang=en/);
  const shared = page.url();

  const other = await context.newPage();
  await serveWithObservations(other);
  await other.goto(shared);
  await expect(
    other.getByRole('heading', { level: 1, name: /Share of workers covered/ }),
  ).toBeVisible();
  await expect(other.getByText('Off track').first()).toBeVisible();
  await expect(other.getByText(/As of/).first()).toBeVisible();

  // The choice is remembered: a plain visit without ?lang opens in English too.
  const plain = await context.newPage();
  await plain.goto('/');
  await expect(plain.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await plain.close();

  // Switching language replaced the history entry: Back returns to the filtered overview, in
  // the language now chosen, not to a Chinese copy of the same page.
  await page.goBack();
  await expect(page).toHaveURL(/status=off_track/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
});
