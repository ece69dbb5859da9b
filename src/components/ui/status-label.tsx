import { useTranslation } from 'react-i18next';
import type { Status } from '../../domain/evaluation/status.ts';
import { STATUS_STYLE } from './palette.ts';

/** A status as its icon (in its colour, hidden from screen readers) and its word. */
export function StatusLabel({
  status,
  colouredIcon = true,
}: {
  status: Status;
  colouredIcon?: boolean;
}) {
  const { t } = useTranslation();
  const style = STATUS_STYLE[status];
  return (
    <>
      <span aria-hidden="true" style={colouredIcon ? { color: style.color } : undefined}>
        {style.icon}
      </span>{' '}
      {t(`status.${status}`)}
    </>
  );
}
