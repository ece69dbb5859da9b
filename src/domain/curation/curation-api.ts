// A curation update applied to the dataset as the app holds it (the API's catalog and
// indicators), new indicators included, for the /curate and /import previews and the draft: the
// same applyCuration data:import uses, on the files the API data turns back into.
import type { Catalog, Indicator } from '../dataset/schema.ts';
import { apiFromFiles, filesFromApi } from '../reporting/api-dataset.ts';
import { applyCuration, type AppliedCuration } from './apply-curation.ts';
import type { CurationUpdate } from './update-file.ts';

export interface CurationAppliedToApi {
  catalog: Catalog;
  indicators: Indicator[];
  problems: AppliedCuration['problems'];
  alreadyThere: number[];
}

/** The catalog and indicators with the update in them; unchanged when it has any problem. */
export function applyCurationToApi(
  catalog: Catalog,
  indicators: readonly Indicator[],
  update: CurationUpdate,
  today: string,
): CurationAppliedToApi {
  const files = filesFromApi(catalog, indicators);
  const applied = applyCuration(files, update, { today });
  const { problems, alreadyThere } = applied;
  if (problems.length > 0) return { catalog, indicators: [...indicators], problems, alreadyThere };
  return { ...apiFromFiles(catalog, indicators, files, applied.changed), problems, alreadyThere };
}
