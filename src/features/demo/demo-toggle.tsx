import { useTranslation } from 'react-i18next';
import { DEFAULT_DEMO_PARAMS, withDemoParams, withoutDemoParams } from '../../lib/demo-params.ts';
import { useDemoStore } from '../../lib/demo-store.ts';

const WORKER_SCRIPT = '/mockServiceWorker.js';

/** Leaving demo mode removes the worker, so later visits never pass through it. */
async function unregisterMockWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(
    registrations
      .filter((r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL.endsWith(WORKER_SCRIPT))
      .map((r) => r.unregister()),
  );
}

/**
 * Switches demo mode with a full page load: the worker must be running (or gone) before the
 * first request, and a normal visit must never load msw.
 */
export function DemoToggle() {
  const { t } = useTranslation();
  const active = useDemoStore((s) => s.params !== null);
  const toggle = async () => {
    const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (!active) return window.location.assign(withDemoParams(here, DEFAULT_DEMO_PARAMS));
    await unregisterMockWorker();
    window.location.assign(withoutDemoParams(here));
  };
  return (
    <button
      type="button"
      className="demo-toggle"
      aria-pressed={active}
      title={t(active ? 'demo.turnOff' : 'demo.turnOn')}
      onClick={() => void toggle()}
    >
      {t('demo.toggle')}
    </button>
  );
}
