// Which screen is up: the next one every `intervalMs`, unless paused; keys move and pause.
import { useCallback, useEffect, useState } from 'react';
import { stepScreen } from '../../domain/presentation/present-screens.ts';

export function useRotation(count: number, intervalMs: number) {
  const [at, setAt] = useState(0);
  const [paused, setPaused] = useState(false);
  // The list can shrink under the index (a refresh, a new day): stay on the last screen.
  const index = count === 0 ? 0 : Math.min(at, count - 1);
  useEffect(() => {
    if (paused || count < 2) return;
    // Re-armed whenever the screen changes, so a screen moved to by hand stays a full interval.
    const timer = setTimeout(() => setAt(stepScreen(index, 1, count)), intervalMs);
    return () => clearTimeout(timer);
  }, [index, paused, count, intervalMs]);
  const move = useCallback(
    (step: number) => setAt((i) => stepScreen(Math.min(i, Math.max(0, count - 1)), step, count)),
    [count],
  );
  const togglePause = useCallback(() => setPaused((p) => !p), []);
  return { index, paused, move, togglePause };
}

const CONTROLS = 'button, a, input, select, textarea';

/** ←/→ (and ↑/↓, PageUp/PageDown) move a screen, Space pauses or resumes, Esc leaves. */
export function usePresentKeys(actions: {
  move: (step: number) => void;
  togglePause: () => void;
  leave: () => void;
}) {
  const { move, togglePause, leave } = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const onControl = event.target instanceof Element && event.target.closest(CONTROLS);
      if (['ArrowRight', 'ArrowDown', 'PageDown'].includes(event.key)) move(1);
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(event.key)) move(-1);
      // Space on a focused button presses that button; anywhere else it pauses.
      else if (event.key === ' ' && !onControl) togglePause();
      else if (event.key === 'Escape') leave();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, togglePause, leave]);
}
