// "演示文稿（PPTX）" in the export menu: the data in view as a deck. Its own file, so other
// exporters add their items beside it without touching the same lines.
import { useTranslation } from 'react-i18next';
import type { ExportContext } from './export-context';

export function DeckItem({
  start,
}: {
  /** Runs an export in the menu's runner with the page's context. */
  start: (what: string, task: (ctx: ExportContext) => Promise<string>) => void;
}) {
  const { t } = useTranslation();
  const what = t('export.deck.action');
  return (
    <li>
      <button
        type="button"
        onClick={() => start(what, async (ctx) => (await import('./deck-export')).exportDeck(ctx))}
      >
        {what}
      </button>
    </li>
  );
}
