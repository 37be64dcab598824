import { formatDuration, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { type ElementFigures, type HeatMeasure, measures } from './heat-measures.ts';

/**
 * The heat map's figures as a table, the element drawn warmest first: what the picture shows,
 * for reading exact values and for those who do not see colours.
 */
export function HeatTable({
  elements,
  measure,
  names,
}: {
  elements: ElementFigures[];
  measure: HeatMeasure;
  names: Map<string, string>;
}) {
  const rows = elements
    .filter((e) => !e.elementId.includes('#'))
    .sort((a, b) => (measures[measure].of(b) ?? -1) - (measures[measure].of(a) ?? -1));
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('heatmap.column.element')}</th>
          <th scope="col" class="numeric">
            {t('heatmap.measure.active')}
          </th>
          <th scope="col" class="numeric">
            {t('heatmap.measure.completed')}
          </th>
          <th scope="col" class="numeric">
            {t('heatmap.measure.duration')}
          </th>
          <th scope="col" class="numeric">
            {t('heatmap.measure.breached')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.elementId}>
            <th scope="row" class="table__primary">
              {names.get(e.elementId) ?? e.elementId}
            </th>
            <td class="numeric">{formatNumber(e.active)}</td>
            <td class="numeric">{formatNumber(e.completed)}</td>
            <td class="numeric">
              {e.averageDurationMs === null ? '–' : formatDuration(e.averageDurationMs)}
            </td>
            <td class="numeric">{formatNumber(e.breached)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
