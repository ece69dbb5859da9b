import { useTranslation } from 'react-i18next';
import type { Status } from '../../domain/evaluation/status';
import { STATUS_STYLE } from './palette';

/** Status as text plus an icon; colour is only the third cue. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  const style = STATUS_STYLE[status];
  return (
    <span className="status-badge" style={{ color: style.color, borderColor: style.color }}>
      <span aria-hidden="true">{style.icon}</span> {t(`status.${status}`)}
    </span>
  );
}
