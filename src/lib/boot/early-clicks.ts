// The page's inline loader (scripts/vite-plugin-deferred-entry.ts) keeps the clicks made before
// the entry runs in this window property; boot.ts takes them, and stops the loader's listener.

export const EARLY_CLICKS = 'planTrackerEarlyClicks';

type EarlyClicks = { targets: EventTarget[]; stop: () => void };

/** The clicks kept so far (the loader stops keeping them); none if the loader did not run. */
export function takeEarlyClicks(target: Window = window): readonly EventTarget[] {
  const early = (target as unknown as Record<string, EarlyClicks | undefined>)[EARLY_CLICKS];
  early?.stop();
  return early?.targets ?? [];
}
