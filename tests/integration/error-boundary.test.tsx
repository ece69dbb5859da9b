// The boundary that keeps a throwing chart, or a page whose code failed to download,
// from blanking everything around it.
import { render, screen } from '@testing-library/react';
import { lazy, Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartBoundary } from '../../src/components/ui/chart-boundary';
import { PageLoadFailed } from '../../src/components/ui/query-states';
import { createI18n } from '../../src/lib/i18n/index';

function Thrower(): ReactNode {
  throw new Error('chart exploded');
}

// A lazy page whose chunk cannot be fetched, as when the network drops or after a deploy.
const UnreachablePage = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/x.js')),
);

const withI18n = (ui: ReactNode) => <I18nextProvider i18n={createI18n()}>{ui}</I18nextProvider>;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports caught errors
});
afterEach(() => vi.restoreAllMocks());

describe(ChartBoundary, () => {
  it('shows the fallback in place of a child that throws, and keeps its siblings', () => {
    render(
      <>
        <h2>旁边的内容</h2>
        <ChartBoundary fallback={<p>图表无法显示。</p>}>
          <Thrower />
        </ChartBoundary>
      </>,
    );
    expect(screen.getByText('图表无法显示。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '旁边的内容' })).toBeInTheDocument();
  });

  it('gives the children another chance when its reset key changes', () => {
    const { rerender } = render(
      <ChartBoundary fallback={<p>失败</p>} resetKey="/a">
        <Thrower />
      </ChartBoundary>,
    );
    expect(screen.getByText('失败')).toBeInTheDocument();
    rerender(
      <ChartBoundary fallback={<p>失败</p>} resetKey="/a">
        <p>正常</p>
      </ChartBoundary>,
    );
    expect(screen.getByText('失败')).toBeInTheDocument();
    rerender(
      <ChartBoundary fallback={<p>失败</p>} resetKey="/b">
        <p>正常</p>
      </ChartBoundary>,
    );
    expect(screen.getByText('正常')).toBeInTheDocument();
  });

  it('turns a page chunk that fails to download into an alert with a reload button', async () => {
    render(
      withI18n(
        <ChartBoundary fallback={<PageLoadFailed />}>
          <Suspense fallback={<p>加载中</p>}>
            <UnreachablePage />
          </Suspense>
        </ChartBoundary>,
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('页面无法加载');
    expect(screen.getByRole('button', { name: '重新加载页面' })).toBeInTheDocument();
  });
});
