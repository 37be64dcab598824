import { t } from '../../i18n/i18n.ts';
import { HEAT_STEPS, type HeatMeasure, measures } from './heat-measures.ts';

/** The scale: five steps from a little to the most any element has, in the measure's unit. */
export function HeatLegend({ measure, max }: { measure: HeatMeasure; max: number }) {
  const { format, label } = measures[measure];
  return (
    <div class="heat-legend">
      <span class="heat-legend__title">{t(label)}</span>
      {max > 0 ? (
        <>
          <span class="heat-legend__end">{format(0)}</span>
          <span class="heat-legend__scale" aria-hidden="true">
            {Array.from({ length: HEAT_STEPS }, (_, i) => (
              <span key={i} class={`heat-legend__step heat-legend__step--${i + 1}`} />
            ))}
          </span>
          <span class="heat-legend__end">{format(max)}</span>
        </>
      ) : (
        <span class="heat-legend__end">{t('heatmap.nothing')}</span>
      )}
    </div>
  );
}
