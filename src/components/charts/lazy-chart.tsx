import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBoundary } from '../ui/chart-boundary.tsx';
import { WhenVisible } from '../ui/when-visible.tsx';

/**
 * The one wrapper around a lazily loaded chart: a placeholder of the chart's own height while
 * its code loads (so nothing shifts), and a message in its box if it throws. With
 * `whenVisible`, the chart is drawn only once it scrolls near (the overview's long lists).
 */
export function LazyChart({
  height,
  whenVisible = false,
  children,
}: {
  height: number;
  whenVisible?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // data-needs-script: the prerendered page is not complete without the app (scripts/prerender.ts).
  const placeholder = <div className="chart-placeholder" style={{ height }} data-needs-script="" />;
  const chart = <Suspense fallback={placeholder}>{children}</Suspense>;
  return (
    <ChartBoundary fallback={<p className="chart-failed">{t('state.chartFailed')}</p>}>
      {whenVisible ? <WhenVisible fallback={placeholder}>{chart}</WhenVisible> : chart}
    </ChartBoundary>
  );
}
