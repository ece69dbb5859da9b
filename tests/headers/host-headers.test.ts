import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cloudflareHeadersFile,
  FRAME_OPTIONS_IGNORED,
  HOST_HEADER_FILES,
  netlifyHeadersFile,
  nginxSnippet,
  securityHeaders,
} from '../../scripts/security-headers';

type Rules = { pattern: string; lines: string[] }[];

function rulesOf(file: string): Rules {
  const rules: Rules = [];
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('/')) rules.push({ pattern: line.trim(), lines: [] });
    else rules.at(-1)!.lines.push(line.trim());
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Netlify: every matching rule, the later one's value of a header wins. */
function netlifyServes(file: string, path: string) {
  const headers: Record<string, string> = {};
  for (const rule of rulesOf(file).filter((r) => matches(r.pattern, path)))
    for (const line of rule.lines) {
      const [name, ...value] = line.split(': ');
      headers[name!] = value.join(': ');
    }
  return headers;
}

/** What a browser acts on: an X-Frame-Options other than DENY or SAMEORIGIN is ignored. */
function asBrowserReads(headers: Record<string, string>) {
  const { 'X-Frame-Options': frameOptions, ...rest } = headers;
  return frameOptions && /^(DENY|SAMEORIGIN)$/i.test(frameOptions)
    ? { ...rest, 'X-Frame-Options': frameOptions }
    : rest;
}

/** Cloudflare Pages: matching rules' values are joined with ", "; `! Name` detaches a header. */
function cloudflareServes(file: string, path: string) {
  const headers: Record<string, string> = {};
  for (const rule of rulesOf(file).filter((r) => matches(r.pattern, path)))
    for (const line of rule.lines) {
      if (line.startsWith('! ')) {
        delete headers[line.slice(2)];
        continue;
      }
      const [name, ...rest] = line.split(': ');
      const value = rest.join(': ');
      headers[name!] = headers[name!] ? `${headers[name!]}, ${value}` : value;
    }
  return headers;
}

/** nginx: the longest matching prefix location. */
function nginxLocation(snippet: string, path: string) {
  const blocks = [...snippet.matchAll(/location (\S+) \{([^}]*)\}/g)].map((m) => ({
    prefix: m[1]!,
    body: m[2]!,
  }));
  return blocks
    .filter((b) => path.startsWith(b.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0]!;
}

/** nginx: the matching location's add_header lines. */
function nginxServes(snippet: string, path: string) {
  return Object.fromEntries(
    [...nginxLocation(snippet, path).body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(
      (m) => [m[1]!, m[2]!],
    ),
  );
}

const PATHS = [
  '/',
  '/present',
  '/import',
  '/indicator/worker-homes',
  '/embed/indicator/worker-homes',
  '/embed/plan/x',
  '/embed/x/y/z',
  '/embed/indicator/worker-homes/extra',
];

describe(securityHeaders, () => {
  it('lets only /embed/… be framed by anyone; every other page by the site itself', () => {
    expect(securityHeaders('/embed/series/x?lang=en')['Content-Security-Policy']).toMatch(
      /; frame-ancestors \*$/,
    );
    for (const path of ['/', '/present?interval=20', '/indicator/a', '/embedded', '/snapshot'])
      expect(securityHeaders(path)['Content-Security-Policy']).toMatch(/; frame-ancestors 'self'$/);
  });

  it('sends X-Frame-Options: SAMEORIGIN beside the CSP on every page but /embed/…', () => {
    for (const path of ['/', '/present?interval=20', '/import', '/embedded', '/snapshot', '/embed'])
      expect(securityHeaders(path)['X-Frame-Options'], path).toBe('SAMEORIGIN');
    for (const path of ['/embed/indicator/worker-homes', '/embed/series/x?lang=en', '/embed/x/y/z'])
      expect(securityHeaders(path), path).not.toHaveProperty('X-Frame-Options');
  });

  it('sends nosniff and a referrer policy everywhere', () => {
    for (const path of PATHS) {
      expect(securityHeaders(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(securityHeaders(path)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});

describe('the static hosts’ configurations', () => {
  it.each(PATHS)('serve %s exactly the headers npm start sends', (path) => {
    expect(asBrowserReads(netlifyServes(netlifyHeadersFile(), path))).toEqual(
      securityHeaders(path),
    );
    expect(cloudflareServes(cloudflareHeadersFile(), path)).toEqual(securityHeaders(path));
    expect(nginxServes(nginxSnippet(), path)).toEqual(securityHeaders(path));
  });

  it('send X-Frame-Options: SAMEORIGIN outside /embed/, and none a browser obeys inside it', () => {
    for (const serves of [
      netlifyServes(netlifyHeadersFile(), '/import'),
      cloudflareServes(cloudflareHeadersFile(), '/import'),
      nginxServes(nginxSnippet(), '/import'),
    ])
      expect(serves['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(cloudflareServes(cloudflareHeadersFile(), '/embed/x/y/z')).not.toHaveProperty(
      'X-Frame-Options',
    );
    expect(nginxServes(nginxSnippet(), '/embed/x/y/z')).not.toHaveProperty('X-Frame-Options');
    // Netlify cannot unset the site-wide value, only replace it with one browsers ignore.
    expect(netlifyServes(netlifyHeadersFile(), '/embed/x/y/z')['X-Frame-Options']).toBe(
      FRAME_OPTIONS_IGNORED,
    );
  });

  it('keep one rule for all of /embed/ (Cloudflare Pages limits the number of rules)', () => {
    for (const file of [netlifyHeadersFile(), cloudflareHeadersFile()])
      expect(rulesOf(file).map((r) => r.pattern)).toEqual(['/*', '/embed/*']);
  });

  it('never let nginx fall back to the app under /embed/: a missing chart gets embed/404.html', () => {
    const embed = nginxLocation(nginxSnippet(), '/embed/x/y/z').body;
    expect(embed).not.toContain('index.html');
    expect(embed).toMatch(/try_files \$uri \$uri\.html =404;/);
    expect(embed).toMatch(/error_page 404 \/embed\/404\.html;/);
    expect(nginxLocation(nginxSnippet(), '/import').body).toContain('/index.html;');
  });

  it('are the committed files (run `npm run headers:write` after changing the source)', () => {
    for (const [file, render] of Object.entries(HOST_HEADER_FILES))
      expect(readFileSync(file, 'utf8'), file).toBe(render());
  });

  it('without the detach line, Cloudflare would send two CSPs to /embed/ (both enforced)', () => {
    const withoutDetach = cloudflareHeadersFile().replace(/^ {2}! .*\n/m, '');
    expect(cloudflareServes(withoutDetach, '/embed/plan/x')['Content-Security-Policy']).toMatch(
      /'self'.*, .*frame-ancestors \*/,
    );
  });
});
