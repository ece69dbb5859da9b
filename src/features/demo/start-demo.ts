// Loaded only when the URL asks for demo mode: starts the mock worker before the first render,
// so no request ever reaches the real API first and the banner is up from the first paint.
import { startDemoWorker } from '../../../mocks/browser';
import type { DemoParams } from '../../lib/demo-params';
import { useDemoStore } from '../../lib/demo-store';

export async function startDemo(params: DemoParams): Promise<void> {
  try {
    await startDemoWorker(params);
    useDemoStore.setState({ params, failure: null });
  } catch (error) {
    // The app still renders, from the real data, and the banner says demo mode did not start.
    const failure = error instanceof Error ? error.message : String(error);
    useDemoStore.setState({ params: null, failure });
  }
}
