// "Word 简报（DOCX）" in the export menu of the overview and the briefing: the printed briefing's
// content as an editable Word file. The writer (and the docx library) load only when chosen.
import { useTranslation } from 'react-i18next';
import type { ExportContext } from './export-context';
import type { useExportRunner } from './use-export-runner';

/** Pages whose view is a briefing: the overview (any plan, filters) and /report itself. */
export const offersDocx = (path: string) => path === '/' || path === '/report';

export function DocxItem({
  context,
  run,
  onChosen,
}: {
  context: () => ExportContext;
  run: ReturnType<typeof useExportRunner>['run'];
  onChosen: () => void;
}) {
  const { t } = useTranslation();
  const start = () => {
    onChosen();
    const ctx = context();
    void run(t('export.docx'), async () => (await import('./docx-export')).exportDocx(ctx));
  };
  return (
    <li>
      <button type="button" onClick={start}>
        {t('export.docx')}
      </button>
    </li>
  );
}
