import type { Clock } from '../../engine/ports/clock.ts';

const durationPart = /(\d+(?:\.\d+)?)([DHMS])/g;

/** A clock that only moves when the test says so. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: string | number = '2026-01-05T09:00:00Z') {
    this.current = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.current;
  }

  set(at: string | number): void {
    this.current = typeof at === 'number' ? at : Date.parse(at);
  }

  /** Moves time forward by milliseconds or by a simple ISO 8601 duration such as `PT3M` or `P1DT2H`. */
  advance(by: number | string): void {
    this.current += typeof by === 'number' ? by : durationMs(by);
  }
}

function durationMs(iso: string): number {
  const [datePart = '', timePart = ''] = iso.replace(/^P/, '').split('T');
  let ms = 0;
  for (const [, n, unit] of datePart.matchAll(durationPart))
    if (unit === 'D') ms += Number(n) * 86_400_000;
  for (const [, n, unit] of timePart.matchAll(durationPart)) {
    ms += Number(n) * (unit === 'H' ? 3_600_000 : unit === 'M' ? 60_000 : 1000);
  }
  return ms;
}
