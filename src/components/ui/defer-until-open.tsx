import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its children once the enclosing <details> is opened (at once when there is none): a
 * table of a thousand rows costs nothing while it stays folded away.
 */
export function DeferUntilOpen({ children }: { children: ReactNode }) {
  const marker = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const details = marker.current?.closest('details');
    if (!details) return setOpen(true);
    const sync = () => {
      if (details.open) setOpen(true);
    };
    sync();
    details.addEventListener('toggle', sync);
    return () => details.removeEventListener('toggle', sync);
  }, []);
  return open ? children : <span ref={marker} hidden />;
}
