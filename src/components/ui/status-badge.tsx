import type { Status } from '../../domain/evaluation/status.ts';
import { STATUS_STYLE } from './palette.ts';
import { StatusLabel } from './status-label.tsx';

/** Status as text plus an icon; colour is only the third cue. */
export function StatusBadge({ status }: { status: Status }) {
  const style = STATUS_STYLE[status];
  return (
    <span className="status-badge" style={{ color: style.color, borderColor: style.color }}>
      <StatusLabel status={status} colouredIcon={false} />
    </span>
  );
}
