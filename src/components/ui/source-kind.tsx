import { useTranslation } from 'react-i18next';
import type { Source } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';
import { sourceKindText } from '../../lib/source-kind-text';

/** What kind of source a figure comes from; a repost names the outlet it was copied from. */
export function SourceKind({ source }: { source: Source }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <span className={`source-kind source-kind--${source.kind}`}>
      {sourceKindText(source, t, lang)}
    </span>
  );
}
