// /api/datasets/… for msw/node, served from the repository's archive exactly as the build emits it.
import { http, HttpResponse } from 'msw';
import { archiveApiFiles } from '../../scripts/lib/dataset-archive';

export function archiveHandlers() {
  const files = archiveApiFiles();
  return [
    http.get('*/api/datasets/:file', ({ params }) => {
      const body = files.get(`datasets/${String(params.file)}`);
      return body === undefined
        ? new HttpResponse(null, { status: 404 })
        : new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
