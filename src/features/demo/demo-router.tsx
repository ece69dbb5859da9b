import { useMemo, type ReactNode } from 'react';
import { Router, useRouter, type AroundNavHandler, type HrefsFormatter } from 'wouter';
import { withDemoParams } from '../../lib/demo-params.ts';
import { useDemoStore } from '../../lib/demo-store.ts';
import { useDemoDayRollover } from './use-demo-day-rollover.ts';

/**
 * Keeps `?demo&seed=…` on every in-app link and navigation while demo mode runs: each <Link>
 * href, navigate() and setSearchParams() below passes through it, so pages the lead adds keep
 * the mode without knowing about it; and past midnight it fetches the new day's simulated
 * figures. Off demo mode it adds nothing.
 */
export function DemoRouter({ children }: { children: ReactNode }) {
  const params = useDemoStore((s) => s.params);
  useDemoDayRollover(params !== null);
  const parent = useRouter();
  const options = useMemo(() => {
    const hrefs: HrefsFormatter = (href, router) =>
      parent.hrefs(withDemoParams(href, params), router);
    const aroundNav: AroundNavHandler = (navigate, to, navOptions) =>
      parent.aroundNav(navigate, withDemoParams(to, params), navOptions);
    return { hrefs, aroundNav };
  }, [parent, params]);
  if (params === null) return children;
  return (
    <Router hrefs={options.hrefs} aroundNav={options.aroundNav}>
      {children}
    </Router>
  );
}
