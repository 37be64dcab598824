import type { Schemas } from '../api/client.ts';

/** What the server's event stream announces, parsed. */
export type LiveEvent =
  | { type: 'task.changed'; task: Schemas['Task'] }
  | { type: 'sla.changed'; sla: Schemas['Sla'] };

export interface LiveHandlers {
  event(event: LiveEvent): void;
  /**
   * The stream is back after a break: events in between were lost, so whatever was read before
   * must be read again. Not called for the first connection.
   */
  reconnected(): void;
}

/** How long to wait before opening a stream the browser gave up on (an error answer). */
const RETRY_MS = 3_000;

/**
 * Listens to `GET /api/events` until the returned function is called. EventSource reconnects
 * by itself after a dropped connection; after an error answer it gives up, so a new one is
 * opened a moment later (the server also ends a stream when the user's access changes, and the
 * new one is authorised afresh).
 */
export function listenLive(handlers: LiveHandlers): () => void {
  let source: EventSource | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let broken = false;
  let stopped = false;

  const connect = () => {
    const opened = new EventSource('/api/events');
    source = opened;
    opened.addEventListener('open', () => {
      if (broken) handlers.reconnected();
      broken = false;
    });
    opened.addEventListener('error', () => {
      broken = true;
      if (opened.readyState === EventSource.CLOSED && !stopped)
        retry = setTimeout(connect, RETRY_MS);
    });
    opened.addEventListener('task.changed', (message) =>
      handlers.event({ type: 'task.changed', task: JSON.parse((message as MessageEvent).data) }),
    );
    opened.addEventListener('sla.changed', (message) =>
      handlers.event({ type: 'sla.changed', sla: JSON.parse((message as MessageEvent).data) }),
    );
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(retry);
    source?.close();
  };
}
