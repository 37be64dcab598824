import type { Schemas } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { formatDuration, formatNumber } from '../../i18n/format.ts';

export type ElementFigures = Schemas['ElementStatistics']['elements'][number];

/** What the heat map can colour the diagram by. */
export const heatMeasures = ['active', 'completed', 'duration', 'breached'] as const;
export type HeatMeasure = (typeof heatMeasures)[number];

export function isHeatMeasure(value: unknown): value is HeatMeasure {
  return typeof value === 'string' && (heatMeasures as readonly string[]).includes(value);
}

interface Measure {
  label: MessageKey;
  /** The element's figure, or null when it has none to show. */
  of(element: ElementFigures): number | null;
  format(value: number): string;
}

export const measures: Record<HeatMeasure, Measure> = {
  active: { label: 'heatmap.measure.active', of: (e) => e.active, format: formatNumber },
  completed: { label: 'heatmap.measure.completed', of: (e) => e.completed, format: formatNumber },
  duration: {
    label: 'heatmap.measure.duration',
    of: (e) => e.averageDurationMs,
    format: formatDuration,
  },
  breached: { label: 'heatmap.measure.breached', of: (e) => e.breached, format: formatNumber },
};

/** Five steps of heat, the design tokens `--heat-1` to `--heat-5`. */
export const HEAT_STEPS = 5;

/** The step (1 to 5) of a value on a scale from 0 to `max`; 0 for nothing to show. */
export function heatStep(value: number | null, max: number): number {
  if (value === null || value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((value / max) * HEAT_STEPS));
}

/**
 * The figures worth drawing, by drawn element id: an element with a value above zero (a
 * multi-instance body, written `<id>#multiInstanceBody`, is left to its activity's own row).
 */
export function valuesOf(elements: ElementFigures[], measure: HeatMeasure): Map<string, number> {
  const values = new Map<string, number>();
  for (const element of elements) {
    if (element.elementId.includes('#')) continue;
    const value = measures[measure].of(element);
    if (value !== null && value > 0) values.set(element.elementId, value);
  }
  return values;
}
