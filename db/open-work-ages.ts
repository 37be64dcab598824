import { OPEN_WORK_AGES_MS, type OpenWorkRow } from '../engine/ports/store.ts';

/**
 * The age steps as SQL terms on `created_at` against the parameter `now`, each a condition for
 * one count of `byAge` (shared by the SQL stores; the bounds are constants, never input). The
 * memory store counts by `ageStep`.
 */
export function openWorkAgeTerms(now: string): string[] {
  const bounds = OPEN_WORK_AGES_MS.map((ms) => `${now} - ${ms}`);
  return [
    `created_at > ${bounds[0]}`,
    ...bounds.slice(1).map((bound, i) => `created_at <= ${bounds[i]} AND created_at > ${bound}`),
    `created_at <= ${bounds.at(-1)}`,
  ];
}

/** Which count of `byAge` a task created at `createdAt` falls in, at `now`. */
export function ageStep(createdAt: number, now: number): number {
  const step = OPEN_WORK_AGES_MS.findIndex((ms) => createdAt > now - ms);
  return step === -1 ? OPEN_WORK_AGES_MS.length : step;
}

/** A row read with its age counts as columns `age0`, `age1`, … turned into `byAge`. */
export function withAges(
  row: Omit<OpenWorkRow, 'byAge'> & Record<string, unknown>,
  steps: number,
): OpenWorkRow {
  const { processId, lane, open, overdue, dueSoon } = row;
  const byAge = Array.from({ length: steps }, (_, i) => Number(row[`age${i}`]));
  return { processId, lane, open, overdue, dueSoon, byAge };
}
