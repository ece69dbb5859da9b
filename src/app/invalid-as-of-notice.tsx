// A link whose as-of date cannot be read (2025-13-01, 0000-01-01, abc) or has not come yet
// (2099-01-01) opens today's view; this says so, and takes the date out of the address so it is
// not shared on.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { formatDate } from '../domain/presentation/format.ts';
import { useLanguage } from '../lib/i18n/use-language.ts';
import { futureAsOf, rejectedAsOf, parseViewState, serializeViewState } from '../lib/view-state.ts';

/** Long pasted junk is cut for display; the message only needs to be recognisable. */
const SHOWN_LENGTH = 40;

type Notice = { value: string; future: boolean; path: string };

/** `today`: the day the pages show, which a date after it is replaced by. */
export function InvalidAsOfNotice({ today }: { today: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const invalid = rejectedAsOf(search);
  const future = invalid === null ? futureAsOf(search, today) : null;
  const bad = invalid ?? future;
  const [notice, setNotice] = useState<Notice | null>(null);
  // Remembered while rendering (not in an effect) so the message shows on the first paint.
  if (bad !== null && (notice?.value !== bad || notice.path !== location))
    setNotice({ value: bad, future: future !== null, path: location });
  else if (bad === null && notice !== null && notice.path !== location) setNotice(null);
  useEffect(() => {
    if (bad !== null)
      navigate(`${location}${serializeViewState(parseViewState(search, today))}`, {
        replace: true,
      });
  }, [bad, location, navigate, search, today]);
  // Shown on the page the bad link opened; gone once the reader moves on.
  if (notice === null) return null;
  const value =
    notice.value.length > SHOWN_LENGTH ? `${notice.value.slice(0, SHOWN_LENGTH)}…` : notice.value;
  return (
    <p role="status" className="url-notice">
      {notice.future
        ? t('app.futureAsOf', {
            date: formatDate(notice.value, lang),
            today: formatDate(today, lang),
          })
        : t('app.invalidAsOf', { value })}
    </p>
  );
}
