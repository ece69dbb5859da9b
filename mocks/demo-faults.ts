// Fault scenarios (`?demo&fault=…`): they go in front of the success handlers, the way a
// test adds a failure with server.use(...), so presenters can show loading and error states.
import { delay, http, HttpResponse } from 'msw';
import type { DemoFault } from '../src/lib/demo-params';

/** Long enough to see the loading state, short enough to keep a demo moving. */
export const SLOW_DELAY_MS = 3000;

const API = '*/api/*';

/** Handlers that break every /api/… request the given way; none when fault is null. */
export function faultHandlers(fault: DemoFault | null) {
  switch (fault) {
    case null:
      return [];
    case 'slow':
      // Answering nothing after the pause hands the request on to the success handlers.
      return [http.all(API, () => delay(SLOW_DELAY_MS))];
    case 'error':
      return [http.all(API, () => new HttpResponse(null, { status: 500 }))];
    case 'malformed':
      return [http.all(API, () => new HttpResponse('<html>maintenance</html>', { status: 200 }))];
    case 'invalid':
      return [http.all(API, () => HttpResponse.json({ unexpected: true }))];
    case 'offline':
      return [http.all(API, () => HttpResponse.error())];
    case 'timeout':
      // Never answers: the app's own request timeout decides when to give up.
      return [http.all(API, () => delay('infinite'))];
  }
}
