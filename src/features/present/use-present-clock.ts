// The presentation screen's live state: Beijing's wall-clock time (to the minute), the stage's
// scale to the window, and whether the pointer has been idle.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { PLAN_TIME_ZONE } from '../../domain/evaluation/dates.ts';

const MINUTE = 60_000;
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PLAN_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "09:05" in Beijing, re-rendered at each minute's start (not every second: hours of running). */
export function useBeijingClock(): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setTimeout(() => setNow(Date.now()), MINUTE - (Date.now() % MINUTE));
    return () => clearTimeout(id);
  }, [now]);
  return clockFormat.format(now);
}

export const STAGE = { width: 1920, height: 1080 };

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const stageScale = () =>
  Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);

/** How much the 1920×1080 stage is scaled to fit the window whole (2 at 4K, 0.71 at 1366×768). */
export function useStageScale(): number {
  return useSyncExternalStore(subscribeResize, stageScale, () => 1);
}

/** True once nothing has moved the pointer or pressed a key for `ms`: cursor and controls hide. */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      clearTimeout(timer);
      setIdle(false);
      timer = setTimeout(() => setIdle(true), ms);
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
    for (const event of events) window.addEventListener(event, wake);
    return () => {
      clearTimeout(timer);
      for (const event of events) window.removeEventListener(event, wake);
    };
  }, [ms]);
  return idle;
}
