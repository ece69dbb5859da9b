// The curation page through the real query layer (msw/node serving the curated data): a pasted
// seed article gives its proposals, matched to the published series; an accepted one is checked
// and previewed; an edit that breaks a quote rule is named by that rule, on the card and by the
// check (applyCuration's own reading); an accepted figure with no home says what it lacks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);
const SEED = readFileSync(path.resolve('../shared/seeds/001_039130f0dd037b53.txt'), 'utf8');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Paste seed 001, give the date it lacks and the new source, and find its figures. */
async function pasteSeed() {
  const user = userEvent.setup();
  renderApp('/curate');
  expect(await screen.findByRole('heading', { level: 1, name: '数据采编' })).toBeInTheDocument();
  const find = screen.getByRole('button', { name: '找出数字' });
  await vi.waitFor(() => expect(find).toBeDisabled()); // no text yet
  fireEvent.change(screen.getByLabelText('文件文字'), { target: { value: SEED } });
  fireEvent.change(screen.getByLabelText('发布日期'), { target: { value: '2024-01-25' } });
  await vi.waitFor(() => expect(find).toBeEnabled()); // the published data is in
  await user.click(find);
  for (const [label, value] of [
    ['英文标题', 'Press conference on livelihood work'],
    ['发布者', '劳动午报'],
    ['发布者（英文）', 'Laodong Wubao'],
    ['来源编号', 'curate-it-2024-01-25'],
  ])
    fireEvent.change(screen.getByLabelText(label!, { selector: 'input' }), {
      target: { value },
    });
  return user;
}

const card = (n: number) => screen.getByRole('article', { name: `候选 ${n}` });

// jsdom draws 27 cards with their selects of every indicator and series year: ~10 s a test here.
describe('curate page', { timeout: 60_000 }, () => {
  it('proposes every figure of a seed, marked in the text, matched to the published series', async () => {
    await pasteSeed();
    // 27 proposals (the CLI's count for this seed with its date), each marked in the document.
    expect(screen.getByRole('heading', { name: '候选数字（27 个）' })).toBeInTheDocument();
    const doc = screen.getByRole('region', { name: '原文，标出了每个候选数字' });
    expect(doc.querySelectorAll('mark').length).toBeGreaterThanOrEqual(20);
    expect(within(doc).getByText('新增中小学学位3.8万个')).toBeInTheDocument();
    // The title came from the text's first line.
    expect(screen.getByLabelText('标题', { selector: 'input' })).toHaveValue(
      '市十六届人大二次会议举行新闻发布会',
    );
    const places = card(4);
    expect(places).toHaveTextContent('3.8万个');
    expect(within(places).getByRole('combobox', { name: /属于/ })).toHaveValue(
      'series:new-school-places:2023',
    );
    // Grouped by what they count: the series' name heads its group.
    expect(screen.getByRole('region', { name: '新增中小学学位' })).toContainElement(places);
  });

  it('checks and previews an accepted figure as the series year’s new actual', async () => {
    const user = await pasteSeed();
    await user.click(within(card(4)).getByRole('button', { name: '采用' }));
    await user.click(screen.getByRole('button', { name: '检查并预览（1 个已采用）' }));
    expect(screen.getByRole('heading', { name: '1 项通过检查 · 更新预览' })).toBeInTheDocument();
    expect(
      screen.getByText('新增中小学学位 · 2023 · 实际 · 3.8万个（2023年12月31日）', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '用作草稿' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载更新文件' })).toBeInTheDocument();
  });

  it('names the quote rule an edited value breaks, on the card and in the check', async () => {
    const user = await pasteSeed();
    const places = card(4);
    await user.click(within(places).getByRole('button', { name: '采用' }));
    await user.click(within(places).getByRole('button', { name: '修改' }));
    fireEvent.change(within(places).getByLabelText('数值'), { target: { value: '39000' } });
    expect(within(places).getByRole('alert')).toHaveTextContent(
      '不符合引文规则“引文没有写出这个数字”',
    );
    await user.click(screen.getByRole('button', { name: '检查并预览（1 个已采用）' }));
    expect(screen.getByRole('heading', { name: '1 处问题，未作任何更改' })).toBeInTheDocument();
    expect(within(places).getByRole('list')).toHaveTextContent('引文没有写出这个数字');
  });

  it('says what an accepted figure with no indicator or series still needs', async () => {
    const user = await pasteSeed();
    await user.click(within(card(23)).getByRole('button', { name: '采用' }));
    await user.click(screen.getByRole('button', { name: '检查并预览（1 个已采用）' }));
    expect(
      screen.getByRole('heading', { name: '1 个已采用的数字还缺信息，未作任何更改' }),
    ).toBeInTheDocument();
    expect(card(23)).toHaveTextContent('还需填写：它属于哪个指标或年度系列（或新指标）');
  });
});
