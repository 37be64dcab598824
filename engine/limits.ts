/**
 * Bounds on the work one command may ask of the engine. Each limit exists because a value past
 * it made one request block the server or break an instance for good; each refusal names the
 * limit, so the caller knows what to change.
 */
export interface EngineLimits {
  /** Deepest nesting of objects and arrays in one variable value. */
  variableDepth: number;
  /** Largest variable value, as JSON text in UTF-16 code units (about bytes for ASCII). */
  variableLength: number;
  /** Most inner instances one multi-instance body may start. */
  multiInstanceCardinality: number;
  /** Longest one expression (FEEL or JUEL) may run before it becomes an incident. */
  expressionMs: number;
  /** Shortest interval of a repeating timer (start and boundary cycles, cron included). */
  minTimerCycleMs: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  variableDepth: 100,
  variableLength: 1024 * 1024,
  multiInstanceCardinality: 1000,
  expressionMs: 200,
  minTimerCycleMs: 60_000,
};

/** The defaults with the given overrides. */
export function engineLimits(overrides: Partial<EngineLimits> = {}): EngineLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
