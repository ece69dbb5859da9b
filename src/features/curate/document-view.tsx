// The document with every proposed figure marked on its quote: yellow while undecided, green once
// accepted, struck through once rejected. A mark links to its proposal.
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../domain/curation/build-update';
import { highlightSegments } from '../../domain/curation/highlight';

export function DocumentView({
  text,
  decisions,
}: {
  text: string;
  decisions: readonly Decision[];
}) {
  const { t } = useTranslation();
  // Blank lines above the first words (a pasted page's margin) are not shown; offsets shift with them.
  const lead = text.length - text.trimStart().length;
  const segments = highlightSegments(
    text.slice(lead),
    decisions.map((d, index) => ({
      at: d.candidate.at - lead,
      length: d.candidate.quote.length,
      index,
    })),
  );
  return (
    <div className="curate-doc" role="region" aria-label={t('curate.documentLabel')} tabIndex={0}>
      {segments.map((s, i) => {
        if (s.mark === null) return <span key={i}>{s.text}</span>;
        // The innermost (last-starting) proposal gives the colour.
        const index = s.mark[s.mark.length - 1]!;
        return (
          <a
            key={i}
            href={`#curate-candidate-${index}`}
            className={`curate-mark curate-mark--${decisions[index]!.state}`}
            title={s.mark.map((n) => t('curate.candidate', { n: n + 1 })).join(' · ')}
          >
            <mark>{s.text}</mark>
          </a>
        );
      })}
    </div>
  );
}
