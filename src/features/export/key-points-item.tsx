// "复制要点" in the export menu: copies up to ten plain sentences about the view (see keyPoints),
// one a line, ready for a WeChat message. Where the clipboard is refused they are shown to copy.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFailureText } from '../../lib/export/failure';
import type { ExportContext } from './export-context';

export function KeyPointsItem({ context }: { context: () => ExportContext }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const copy = async () => {
    const { viewKeyPoints } = await import('./key-points-export');
    const points = await viewKeyPoints(context());
    if (points.length === 0) {
      setSaid(t('export.keyPoints.none'));
      return;
    }
    const text = points.join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t('export.keyPoints.copied', { count: points.length }));
      setManual(null);
    } catch {
      setSaid(t('export.keyPoints.manual'));
      setManual(text);
    }
  };
  return (
    <li>
      <button
        type="button"
        onClick={() => void copy().catch((error: unknown) => setSaid(exportFailureText(error, t)))}
      >
        {t('export.keyPoints.copy')}
      </button>
      <span role="status" className="export-menu__status">
        {said}
      </span>
      {manual && (
        <textarea
          readOnly
          rows={8}
          style={{ width: '100%', minWidth: '18rem' }}
          value={manual}
          aria-label={t('export.keyPoints.copy')}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </li>
  );
}
