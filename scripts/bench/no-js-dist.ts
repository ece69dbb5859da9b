// The "no-JS page": a copy of a build whose HTML keeps only what the prerender wrote, with every
// script the browser would run and every modulepreload removed. Lighthouse on it is the floor the
// project's own pages are compared against (same HTML, CSS and server, no JavaScript).
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const JSON_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json["']?/i;
const MODULEPRELOAD = /<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/gi;

/** The HTML without scripts (data blocks of type application/json stay) and modulepreloads. */
export function stripScripts(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string) => (JSON_TYPE.test(attributes) ? tag : ''))
    .replace(MODULEPRELOAD, '');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Copies `dist` to `outDir` (replacing it) and strips every .html in it; returns the count. */
export function makeNoJsCopy(dist: string, outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(dist, outDir, { recursive: true });
  const files = htmlFiles(outDir);
  for (const file of files) writeFileSync(file, stripScripts(readFileSync(file, 'utf8')));
  return files.length;
}
