import { useTranslation } from 'react-i18next';
import { useDemoStore } from '../../lib/demo-store.ts';
import './demo.css';

/** The label on every page while the figures are simulated; it prints with the page too. */
export function DemoBanner() {
  const { t } = useTranslation();
  const params = useDemoStore((s) => s.params);
  const failure = useDemoStore((s) => s.failure);
  if (failure !== null)
    return (
      <div role="alert" className="demo-banner demo-banner--failed">
        {t('demo.failed', { reason: failure })}
      </div>
    );
  if (params === null) return null;
  const details = [
    t('demo.seed', { seed: params.seed }),
    params.size > 0 ? t('demo.size', { count: params.size }) : null,
    params.fault ? t('demo.fault', { fault: t(`demo.faults.${params.fault}`) }) : null,
  ].filter((part) => part !== null);
  return (
    <section className="demo-banner" aria-label={t('demo.label')}>
      <span className="demo-banner__tag" aria-hidden="true">
        {t('demo.tag')}
      </span>
      <strong className="demo-banner__text">{t('demo.banner')}</strong>
      <span className="demo-banner__details">{details.join(' · ')}</span>
    </section>
  );
}
