// Curators' notes (how a date was inferred, what was searched for and not found) stay in data/
// for maintainers; the app and its exports never show them. The build drops them here.

export const CURATOR_NOTE_KEY = 'curatorNote';

/** A deep copy without any `curatorNote` member, at any depth. */
export function withoutCuratorNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutCuratorNotes) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value))
    if (key !== CURATOR_NOTE_KEY) copy[key] = withoutCuratorNotes(member);
  return copy as T;
}
