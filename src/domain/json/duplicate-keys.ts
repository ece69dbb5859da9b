// A one-pass scan of JSON text for what JSON.parse hides or chokes on: a key written twice in
// one object (JSON.parse silently keeps the last, so the value a reader sees is not the one
// used), keys no file of ours may carry (`__proto__`), and nesting deep enough to overflow a
// recursive parser. Iterative (no recursion, so depth cannot overflow it) and pure.

export type JsonKeyIssue = {
  kind: 'duplicate' | 'forbidden';
  key: string;
  /** 1-based line of the offending key. */
  line: number;
  /** For a duplicate: the line where the key was first written. */
  firstLine?: number;
  /** Where the key sits, e.g. `data.indicators[3].observations[0]`. */
  path: string;
};

export type JsonScan = {
  /** Set when the nesting went past maxDepth; the scan stops there. */
  tooDeep: { depth: number; line: number } | null;
  keyIssues: JsonKeyIssue[];
};

type Frame =
  | { type: 'object'; keys: Map<string, number>; key: string | null; expectKey: boolean }
  | { type: 'array'; index: number };

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

function pathOf(stack: readonly Frame[]): string {
  let path = '';
  for (const frame of stack.slice(0, -1)) {
    if (frame.type === 'array') path += `[${frame.index}]`;
    else if (frame.key !== null)
      path += /^[A-Za-z_$][\w$]*$/.test(frame.key)
        ? (path ? '.' : '') + frame.key
        : `[${JSON.stringify(frame.key)}]`;
  }
  return path || '(root)';
}

/**
 * Scans JSON text once. Meant to run before JSON.parse (so an absurdly deep file is refused
 * before it can overflow the parser); on text that is not JSON its findings mean nothing and
 * the parser's own error should be reported instead.
 */
export function scanJson(
  text: string,
  options: { maxDepth?: number; forbiddenKeys?: ReadonlySet<string>; maxIssues?: number } = {},
): JsonScan {
  const maxDepth = options.maxDepth ?? Number.POSITIVE_INFINITY;
  const forbidden = options.forbiddenKeys ?? new Set<string>();
  const maxIssues = options.maxIssues ?? 20;
  const stack: Frame[] = [];
  const keyIssues: JsonKeyIssue[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    else if (c === QUOTE) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i++;
        } else if (d === QUOTE) break;
        else if (d === NEWLINE) line++;
      }
      const top = stack.at(-1);
      if (top?.type === 'object' && top.expectKey) {
        const raw = text.slice(start, i);
        let key = raw;
        if (escaped) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            key = raw;
          }
        }
        top.expectKey = false;
        top.key = key;
        if (keyIssues.length < maxIssues) {
          const first = top.keys.get(key);
          if (first !== undefined)
            keyIssues.push({ kind: 'duplicate', key, line, firstLine: first, path: pathOf(stack) });
          else top.keys.set(key, line);
          if (forbidden.has(key))
            keyIssues.push({ kind: 'forbidden', key, line, path: pathOf(stack) });
        }
      }
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push(
        c === 123
          ? { type: 'object', keys: new Map(), key: null, expectKey: true }
          : { type: 'array', index: 0 },
      );
      if (stack.length > maxDepth) return { tooDeep: { depth: stack.length, line }, keyIssues };
    } else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack.at(-1);
      if (top?.type === 'object') top.expectKey = true;
      else if (top?.type === 'array') top.index++;
    }
  }
  return { tooDeep: null, keyIssues };
}

/** Every key written twice in one object, with both lines: for data files and snapshots alike. */
export function findDuplicateKeys(text: string): JsonKeyIssue[] {
  return scanJson(text, { maxIssues: Number.POSITIVE_INFINITY }).keyIssues;
}
