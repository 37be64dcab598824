import { signal } from '@preact/signals';
import type { Middleware } from 'openapi-fetch';

/**
 * Milliseconds to add to this machine's clock to read the server's, from the `Date` header of
 * the API's answers: SLA countdowns count to the server's deadlines, so a browser whose clock is
 * off by minutes still shows the time truly left. The header has whole seconds, hence ±0.5 s.
 */
export const serverOffset = signal(0);

/** The server's time now, as this browser best knows it. */
export function serverNow(): number {
  return Date.now() + serverOffset.value;
}

const sentAt = new WeakMap<Request, number>();

/** Reads the server's clock off every answer (the midpoint of the request stands for its moment). */
export const serverClockWatch: Middleware = {
  onRequest({ request }) {
    sentAt.set(request, Date.now());
    return undefined;
  },
  onResponse({ request, response }) {
    const date = Date.parse(response.headers.get('date') ?? '');
    const sent = sentAt.get(request);
    if (Number.isNaN(date) || sent === undefined) return undefined;
    const offset = date + 500 - (sent + Date.now()) / 2;
    // Within the header's own rounding, keep the value countdowns already use: no jitter.
    if (Math.abs(offset - serverOffset.value) > 1000) serverOffset.value = Math.round(offset);
    return undefined;
  },
};
