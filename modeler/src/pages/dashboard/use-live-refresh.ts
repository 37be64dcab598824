import { useEffect } from 'preact/hooks';
import { listenLive } from '../../app/live-events.ts';

/** Changes arriving within this time of the first are read with one reload. */
const SETTLE_MS = 1_000;
/** Figures that move with time alone (the age of open work) are read again this often. */
const EVERY_MS = 30_000;

/**
 * Calls `reload` shortly after the server announces a task or SLA change (one reload for a
 * burst of them, at most a second late), after a dropped stream comes back, and every half minute.
 */
export function useLiveRefresh(reload: () => void): void {
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        reload();
      }, SETTLE_MS);
    };
    const stop = listenLive({ event: soon, reconnected: soon });
    const every = setInterval(reload, EVERY_MS);
    return () => {
      stop();
      clearTimeout(pending);
      clearInterval(every);
    };
  }, [reload]);
}
