// Demo mode's handlers: the shared success handlers fed with generated data, behind the
// chosen fault. The browser worker and the tests (msw/node) use exactly these.
import type { DemoParams } from '../src/lib/demo-params';
import { DEMO_GENERATED_HEADER } from '../src/lib/demo-store';
import { apiHandlers, type ApiData } from './api-handlers';
import { generateDemoData } from './demo-data';
import { faultHandlers } from './demo-faults';

/**
 * Generates once per day, from the real data `loadReal` returns: on the first request, or at
 * once with `generateNow` (the browser's worker starts generating while it registers). `today`
 * may be a clock: a tab left open past midnight gets the new day's figures on its next request.
 */
export function demoHandlers(
  loadReal: () => ApiData | Promise<ApiData>,
  params: DemoParams,
  today: string | (() => string),
  { generateNow = false }: { generateNow?: boolean } = {},
) {
  const dayNow = typeof today === 'string' ? () => today : today;
  let cached: { day: string; data: Promise<ApiData> } | null = null;
  const getData = () => {
    const day = dayNow();
    if (cached?.day !== day) {
      const data = Promise.resolve(loadReal())
        .then((real) => generateDemoData(real, params, day))
        .catch((error: unknown) => {
          // A failed load is retried by the next request rather than cached.
          if (cached?.data === data) cached = null;
          throw error;
        });
      cached = { day, data };
    }
    return cached.data;
  };
  // A failure here is the first request's to report, like any other.
  if (generateNow) getData().catch(() => {});
  // Marked as generated, so the app does not validate its own output again (src/lib/demo-store).
  const generated = { [DEMO_GENERATED_HEADER]: 'generated' };
  return [...faultHandlers(params.fault), ...apiHandlers(getData, generated)];
}
