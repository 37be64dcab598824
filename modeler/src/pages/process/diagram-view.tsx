import { useCallback } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { stageName, touchpointName } from '../../i18n/names.ts';
import { escapeHtml } from '../../ui/escape-html.ts';
import { type Diagram, ReadOnlyDiagram } from '../../ui/read-only-diagram.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { reportingProperties } from './promesa-properties.ts';

/**
 * A deployed version drawn read-only, each element with how many times it ran and how many
 * tokens wait there, and its touchpoint and stage when set.
 */
export function DiagramView({ definitionId }: { definitionId: string }) {
  const statistics = useResource(
    () =>
      call(
        api.GET('/api/metrics/process-definitions/{id}/elements', {
          params: { path: { id: definitionId } },
        }),
      ),
    [definitionId],
  );
  const elements = statistics.status === 'loaded' ? statistics.data.elements : undefined;

  const decorate = useCallback(
    ({ overlays, registry }: Diagram) => {
      for (const e of elements ?? []) {
        if (!registry.get(e.elementId) || e.started === 0) continue;
        overlays.add(e.elementId, 'counts', {
          position: { top: -10, right: 8 },
          html: countBadge(e.completed, e.active),
        });
      }
      for (const [elementId, props] of reportingProperties(registry)) {
        overlays.add(elementId, 'promesa', {
          // Under the element and its label: above it the chip covered the counts and the
          // labels of its neighbours.
          position: { bottom: -36, left: -8 },
          html: chip(props),
        });
      }
      return () => {
        overlays.remove({ type: 'counts' });
        overlays.remove({ type: 'promesa' });
      };
    },
    [elements],
  );

  return (
    <ReadOnlyDiagram definitionId={definitionId} decorate={decorate} label={t('process.diagram')}>
      <span class="count-badge count-badge--done">{t('process.legend.completed')}</span>
      <span class="count-badge count-badge--waiting">{t('process.legend.waiting')}</span>
    </ReadOnlyDiagram>
  );
}

function countBadge(completed: number, waiting: number): string {
  const done = `<span class="count-badge count-badge--done" title="${escapeHtml(t('process.legend.completed'))}">${formatNumber(completed)}</span>`;
  const open =
    waiting > 0
      ? `<span class="count-badge count-badge--waiting" title="${escapeHtml(t('process.legend.waiting'))}">${formatNumber(waiting)}</span>`
      : '';
  return `<span class="count-badges">${done}${open}</span>`;
}

function chip(props: { touchpoint?: string; lifecycleStage?: string }): string {
  const parts = [
    props.touchpoint &&
      `${escapeHtml(t('process.touchpoint'))}: ${escapeHtml(namesOf(props.touchpoint, touchpointName))}`,
    props.lifecycleStage &&
      `${escapeHtml(t('process.stage'))}: ${escapeHtml(namesOf(props.lifecycleStage, stageName))}`,
  ].filter(Boolean);
  return `<span class="property-chip">${parts.join(' · ')}</span>`;
}

/** A property's comma-separated ids (`phone, chat`) by their names in the user's language. */
function namesOf(ids: string, name: (id: string) => string): string {
  return ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .map(name)
    .join(', ');
}
