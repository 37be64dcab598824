import type { ElementStatistics } from '../engine/ports/store.ts';

/**
 * Per-element passes with each element's count of broken promises (0 where none broke); every
 * element with a promise has passes, so no breach is left without its row.
 */
export function withBreaches(
  passes: Omit<ElementStatistics, 'breached'>[],
  breaches: { elementId: string; breached: number }[],
): ElementStatistics[] {
  const broken = new Map(breaches.map((b) => [b.elementId, Number(b.breached)]));
  return passes.map((row) => ({ ...row, breached: broken.get(row.elementId) ?? 0 }));
}
