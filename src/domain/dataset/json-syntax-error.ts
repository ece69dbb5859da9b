// Locates the first syntax error in a JSON text, so data:check can say "line 12, column 5".

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Node's JSON.parse messages differ between versions and often give no position, so the
 * first syntax error is located by a small scanner of our own (run only after parse failed).
 */
export function findJsonSyntaxError(text: string): { at: number; reason: string } {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    throw Object.assign(new Error(reason), { at });
  };
  const space = () => {
    while (/[ \t\n\r]/.test(text[i] ?? '')) i += 1;
  };
  const unexpected = () =>
    stop(i >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[i])}`);
  const string = () => {
    i += 1;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) stop('unterminated string');
      if (ch === '"') return void (i += 1);
      if (ch === '\\') {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6)))
          stop('bad escape in a string');
        i += text[i + 1] === 'u' ? 6 : 2;
      } else if (ch! < ' ') stop('a raw line break or control character inside a string');
      else i += 1;
    }
  };
  const list = (close: string, item: () => void) => {
    i += 1;
    space();
    if (text[i] === close) return void (i += 1);
    for (;;) {
      item();
      space();
      if (text[i] === close) return void (i += 1);
      if (text[i] !== ',') stop(`expected "," or "${close}"`);
      const comma = i;
      i += 1;
      space();
      if (text[i] === close) stop(`trailing comma before "${close}"`, comma);
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      return list('}', () => {
        space();
        if (text[i] !== '"') stop('expected a double-quoted property name');
        string();
        space();
        if (text[i] !== ':') stop('expected ":" after a property name');
        i += 1;
        value();
      });
    }
    if (ch === '[') return list(']', value);
    if (ch === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) unexpected();
    i += literal![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop('unexpected text after the JSON value');
  } catch (error) {
    return { at: (error as { at: number }).at, reason: (error as Error).message };
  }
  return { at: 0, reason: 'unreadable JSON' };
}
