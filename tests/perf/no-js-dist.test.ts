// The no-JS page the bench compares Lighthouse against: the same HTML without what would run.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeNoJsCopy, stripScripts } from '../../scripts/bench/no-js-dist';

const PAGE = [
  '<head>',
  '<link rel="icon" href="/favicon.svg" />',
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  '<link rel="modulepreload" crossorigin href="/assets/vendor-abc.js">',
  '<link rel="stylesheet" href="/assets/index.css">',
  '</head><body><main>hello</main>',
  '<script type="application/json" id="prerender-data">{"a":1}</script>',
  '<SCRIPT>window.x = "</b>";</SCRIPT>',
  "<script type='application/ld+json'>{}</script>",
  '</body>',
].join('\n');

describe('the no-JS copy of a build', () => {
  it('drops every script and modulepreload but keeps JSON data, icons and stylesheets', () => {
    expect(stripScripts(PAGE)).toBe(
      [
        '<head>',
        '<link rel="icon" href="/favicon.svg" />',
        '',
        '',
        '<link rel="stylesheet" href="/assets/index.css">',
        '</head><body><main>hello</main>',
        '<script type="application/json" id="prerender-data">{"a":1}</script>',
        '',
        "<script type='application/ld+json'>{}</script>",
        '</body>',
      ].join('\n'),
    );
  });

  it('strips every .html in nested folders and leaves the assets alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'nojs-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'indicator'), { recursive: true });
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), PAGE);
    writeFileSync(join(dist, 'indicator', 'a.html'), PAGE);
    writeFileSync(join(dist, 'assets', 'index-abc.js'), '<script></script>');
    const out = join(root, 'copy');
    expect(makeNoJsCopy(dist, out)).toBe(2);
    expect(readFileSync(join(out, 'indicator', 'a.html'), 'utf8')).toBe(stripScripts(PAGE));
    expect(readFileSync(join(out, 'assets', 'index-abc.js'), 'utf8')).toBe('<script></script>');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(PAGE);
  });
});
