// The same handlers for tests, through msw/node.
import { setupServer } from 'msw/node';
import type { DemoParams } from '../src/lib/demo-params';
import { apiHandlers, type ApiData } from './api-handlers';
import { demoHandlers } from './demo-handlers';

export const createTestServer = (getData: () => ApiData) => setupServer(...apiHandlers(getData));

/** Demo mode's handlers (generated data behind the chosen fault), as the browser worker has them. */
export const createDemoTestServer = (
  real: () => ApiData,
  params: DemoParams,
  today: string | (() => string),
) => setupServer(...demoHandlers(real, params, today));
