// Where an export's stamp comes from: the URL's as-of date, the loaded catalog's hash and the
// demo flag, unless a snapshot view above overrides them with the snapshot's own.
import { QueryClientContext } from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';
import { useSearch } from 'wouter';
import { todayIso } from '../../domain/evaluation/dates.ts';
import type { Catalog } from '../../domain/dataset/schema.ts';
import { isDemoActive } from '../demo-store.ts';
import { DRAFT_STAMP, isDraftActive } from '../draft-store.ts';
import { catalogQueries } from '../queries.ts';
import { parseViewState } from '../view-state.ts';
import type { ExportStamp } from './stamp.ts';

export type StampOverride = { simulated: boolean; note: string };

const StampOverrideContext = createContext<StampOverride | null>(null);

/** Wraps a snapshot's view so its exports say they come from the snapshot. */
export const StampOverrideProvider = StampOverrideContext.Provider;

/** A function that stamps an export made now, with the given title. */
export function useExportStamp(): (title: string) => ExportStamp {
  const search = useSearch();
  const override = useContext(StampOverrideContext);
  // Read without subscribing: the hash is only needed at the moment of export.
  const queryClient = useContext(QueryClientContext);
  return useCallback(
    (title: string) => {
      const catalog = queryClient?.getQueryData<Catalog>(catalogQueries.detail().queryKey);
      return {
        title,
        asOf: parseViewState(search).asOf ?? todayIso(),
        exportedAt: new Date(),
        simulated: override?.simulated ?? isDemoActive(),
        datasetHash: catalog?.datasetHash ?? null,
        // A draft's exports say so, whatever else they carry.
        note: override?.note ?? (isDraftActive() ? DRAFT_STAMP : null),
      };
    },
    [search, override, queryClient],
  );
}
