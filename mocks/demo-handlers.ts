// Demo mode's handlers: the shared success handlers fed with generated data, behind the
// chosen fault. The browser worker and the tests (msw/node) use exactly these.
import type { DemoParams } from '../src/lib/demo-params';
import { DEMO_GENERATED_HEADER } from '../src/lib/demo-store';
import { apiHandlers, type ApiData } from './api-handlers';
import { generateDemoData } from './demo-data';
import { faultHandlers } from './demo-faults';

/**
 * Generates once, from the real data `loadReal` returns: on the first request, or at once with
 * `generateNow` (the browser's worker starts generating while it registers).
 */
export function demoHandlers(
  loadReal: () => ApiData | Promise<ApiData>,
  params: DemoParams,
  today: string,
  { generateNow = false }: { generateNow?: boolean } = {},
) {
  let data: Promise<ApiData> | null = null;
  const getData = () =>
    (data ??= Promise.resolve(loadReal())
      .then((real) => generateDemoData(real, params, today))
      .catch((error: unknown) => {
        data = null; // a failed load is retried by the next request rather than cached
        throw error;
      }));
  // A failure here is the first request's to report, like any other.
  if (generateNow) getData().catch(() => {});
  // Marked as generated, so the app does not validate its own output again (src/lib/demo-store).
  const generated = { [DEMO_GENERATED_HEADER]: 'generated' };
  return [...faultHandlers(params.fault), ...apiHandlers(getData, generated)];
}
