// A link whose as-of date cannot be read (2025-13-01, 0000-01-01, abc) opens today's view;
// this says so, and takes the bad date out of the address so it is not shared on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { rejectedAsOf, parseViewState, serializeViewState } from '../lib/view-state.ts';

/** Long pasted junk is cut for display; the message only needs to be recognisable. */
const SHOWN_LENGTH = 40;

export function InvalidAsOfNotice() {
  const { t } = useTranslation();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const bad = rejectedAsOf(search);
  const [notice, setNotice] = useState<{ value: string; path: string } | null>(null);
  // Remembered while rendering (not in an effect) so the message shows on the first paint.
  if (bad !== null && (notice?.value !== bad || notice.path !== location))
    setNotice({ value: bad, path: location });
  else if (bad === null && notice !== null && notice.path !== location) setNotice(null);
  useEffect(() => {
    if (bad !== null)
      navigate(`${location}${serializeViewState(parseViewState(search))}`, { replace: true });
  }, [bad, location, navigate, search]);
  // Shown on the page the bad link opened; gone once the reader moves on.
  if (notice === null) return null;
  const value =
    notice.value.length > SHOWN_LENGTH ? `${notice.value.slice(0, SHOWN_LENGTH)}…` : notice.value;
  return (
    <p role="status" className="url-notice">
      {t('app.invalidAsOf', { value })}
    </p>
  );
}
