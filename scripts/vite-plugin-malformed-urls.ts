// A pasted link with a broken escape (/indicator/%E0%A4%A) gets an empty 404 from Vite's static
// server. Serve the app shell instead, so the page itself can say "not found" with a way back.
import type { Connect, Plugin } from 'vite';

function isMalformed(url: string): boolean {
  try {
    decodeURI(url.split('?')[0]!);
    return false;
  } catch {
    return true;
  }
}

const serveShellForMalformedUrls: Connect.NextHandleFunction = (req, _res, next) => {
  if (req.method === 'GET' && req.url !== undefined && isMalformed(req.url)) req.url = '/';
  next();
};

export function malformedUrlsOpenTheApp(): Plugin {
  return {
    name: 'plan-tracker-malformed-urls',
    configureServer(server) {
      server.middlewares.use(serveShellForMalformedUrls);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveShellForMalformedUrls);
    },
  };
}
