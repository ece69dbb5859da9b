// In demo mode the figures are simulated up to today; a tab left open past midnight asks for the
// new day's (the worker generates them on the next request) instead of keeping yesterday's.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { todayIso } from '../../domain/evaluation/dates.ts';
import { subscribeToPlanDay } from '../../lib/use-beijing-today.ts';

/** While `active`, refetches every query when the Beijing day changes. */
export function useDemoDayRollover(active: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!active) return;
    let day = todayIso();
    return subscribeToPlanDay(() => {
      const now = todayIso();
      if (now === day) return;
      day = now;
      void queryClient.invalidateQueries();
    });
  }, [active, queryClient]);
}
