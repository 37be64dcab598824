/** The units a person gives a promise in, with their ISO 8601 designators. */
export const DURATION_UNITS = { minutes: 'M', hours: 'H', days: 'D' } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

/** An ISO 8601 duration from an amount and a unit: 4 hours → PT4H, 2 days → P2D. */
export function isoDuration(amount: number, unit: DurationUnit): string {
  return unit === 'days' ? `P${amount}D` : `PT${amount}${DURATION_UNITS[unit]}`;
}

/**
 * The amount and unit of a duration written as `isoDuration` writes it (PT3M → 3 minutes);
 * undefined for any other (PT1H30M), which a form then shows as it is.
 */
export function durationParts(iso: string): { amount: number; unit: DurationUnit } | undefined {
  const match = /^P(?:(\d+)D|T(\d+)([MH]))$/.exec(iso);
  if (!match) return undefined;
  if (match[1]) return { amount: Number(match[1]), unit: 'days' };
  return { amount: Number(match[2]), unit: match[3] === 'M' ? 'minutes' : 'hours' };
}
