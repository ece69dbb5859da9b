// A filled template chosen on /import before the published data has arrived (a slow line, a
// busy machine) is checked once the data is in, never dropped: through the real query layer,
// msw/node holding the indicators back until the file has been given.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);
const CSV = readFileSync(path.resolve('tests/reporting/fixtures/excel-csv-utf8.csv'));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('import page', { timeout: 60_000 }, () => {
  it('checks a file chosen before the published data arrived, once it has', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The real answer, only later.
    server.use(
      http.get('*/api/indicators.json', async () => {
        await held;
        return HttpResponse.json(data.indicators);
      }),
    );
    renderApp('/import');
    const input = await screen.findByLabelText('填好的填报模板');
    fireEvent.change(input, {
      target: { files: [new File([CSV], 'excel-csv-utf8.csv', { type: 'text/csv' })] },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('excel-csv-utf8.csv');
    release();
    expect(
      await screen.findByRole(
        'heading',
        { name: 'excel-csv-utf8.csv：3 行通过检查 · 更新预览' },
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
  });
});
