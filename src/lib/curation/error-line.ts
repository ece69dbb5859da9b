// A library's error, as a few words for a one-line refusal.

/** The error's first line, cut short. */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 120);
}
