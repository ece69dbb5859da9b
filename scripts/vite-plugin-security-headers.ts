// `npm start` (vite preview) sends the security headers of scripts/security-headers.ts with every
// response, so what is tested locally is what a configured static host sends.
import type { Connect, Plugin } from 'vite';
import { securityHeaders } from './security-headers.ts';

const sendSecurityHeaders: Connect.NextHandleFunction = (req, res, next) => {
  for (const [name, value] of Object.entries(securityHeaders(req.url ?? '/')))
    res.setHeader(name, value);
  next();
};

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'plan-tracker-security-headers',
    configurePreviewServer(server) {
      // First in the chain: the static files and the SPA fallback all pass through it.
      server.middlewares.use(sendSecurityHeaders);
    },
  };
}
