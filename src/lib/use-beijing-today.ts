// "Today" in Beijing as a live value: a tab left open across midnight moves to the new day (and
// every status computed as of it) at 00:00 Asia/Shanghai, without a reload.
import { useSyncExternalStore } from 'react';
import { nextPlanMidnightMs, todayIso } from '../domain/evaluation/dates.ts';

/**
 * Calls onChange at each Beijing midnight. The timer is re-armed from the clock each time (a
 * sleeping laptop or a throttled tab fires late, never twice), and a tab coming back into view
 * checks at once.
 */
export function subscribeToPlanDay(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const arm = () => {
    timer = setTimeout(
      () => {
        onChange();
        arm();
      },
      nextPlanMidnightMs(Date.now()) - Date.now(),
    );
  };
  arm();
  document.addEventListener('visibilitychange', onChange);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onChange);
  };
}

const today = () => todayIso();

/**
 * Today's ISO day in Beijing, updated at midnight. `serverDay` is what the first render of
 * prerendered HTML must show (the build's day) so hydration matches; right after, the real day.
 */
export function useBeijingToday(serverDay?: string): string {
  return useSyncExternalStore(subscribeToPlanDay, today, serverDay ? () => serverDay : today);
}
