// The same handlers for tests, through msw/node.
import { setupServer } from 'msw/node';
import { apiHandlers, type ApiData } from './api-handlers';

export const createTestServer = (getData: () => ApiData) => setupServer(...apiHandlers(getData));
