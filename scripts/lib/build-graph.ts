// Reading a build's own files: which chunk index.html loads, and what each chunk imports
// statically or lazily. Shared by the build's prerender step and the benchmarks.
// Minified ESM: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
// A dynamic import has a parenthesis, import("./x.js"), so it does not match.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
}

export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/**
 * `roots` and everything they import, directly or not. `importsOf` names a file's imports, or
 * gives null for a file that is not there (left out).
 */
export function importClosure(
  roots: readonly string[],
  importsOf: (file: string) => readonly string[] | null,
): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const imports = importsOf(file);
    if (imports === null) return;
    found.add(file);
    imports.forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

/** The files `roots` import statically, directly or not (roots included); `read` gives code. */
export function staticClosure(roots: string[], read: (file: string) => string | null): Set<string> {
  return importClosure(roots, (file) => {
    const code = read(file);
    return code === null ? null : staticImports(code);
  });
}

/**
 * The entry chunk's path inside dist: from the <meta name="plan-tracker-entry"> the page's loader
 * reads (scripts/vite-plugin-deferred-entry.ts), or a plain module script.
 */
export function entryOf(html: string): string {
  const meta = /<meta name="plan-tracker-entry" content="([^"]+)"/.exec(html)?.[1];
  const tag = /<script\b[^>]*type="module"[^>]*>/.exec(html)?.[0];
  const src = meta ?? (tag && /\bsrc="([^"]+)"/.exec(tag)?.[1]);
  if (!src) throw new Error('index.html has no <script type="module" src>');
  return src.replace(/^\//, '');
}

export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    return href ? [href.replace(/^\//, '')] : [];
  });
}
