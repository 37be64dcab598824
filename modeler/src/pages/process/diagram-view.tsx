import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { fitToView, type ZoomableCanvas } from '../../editor/fit-to-view.ts';
import { isWithoutDrawing } from '../../editor/without-drawing.ts';
import { t } from '../../i18n/i18n.ts';
import { escapeHtml } from '../../ui/escape-html.ts';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { reportingProperties } from './promesa-properties.ts';

/**
 * A deployed version drawn read-only (bpmn-js NavigatedViewer: pan and zoom), each element with
 * how many times it ran and how many tokens wait there, and its touchpoint and stage when set.
 */
export function DiagramView({ definitionId }: { definitionId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'no-drawing' | { error: unknown }>(
    'loading',
  );

  useEffect(() => {
    let viewer: { destroy(): void } | undefined;
    let current = true;
    setState('loading');
    (async () => {
      const [{ default: NavigatedViewer }, { default: camunda }, xml, statistics] =
        await Promise.all([
          import('bpmn-js/lib/NavigatedViewer'),
          import('camunda-bpmn-moddle/resources/camunda.json'),
          call(
            api.GET('/api/process-definitions/{id}/xml', {
              params: { path: { id: definitionId } },
              parseAs: 'text',
            }),
          ),
          call(
            api.GET('/api/metrics/process-definitions/{id}/elements', {
              params: { path: { id: definitionId } },
            }),
          ),
        ]);
      if (!current || !container.current) return;
      const created = new NavigatedViewer({
        container: container.current,
        moddleExtensions: { camunda },
      });
      viewer = created;
      await created.importXML(xml as unknown as string);
      fitToView(created.get('canvas') as ZoomableCanvas);
      const overlays = created.get('overlays') as {
        add(id: string, type: string, o: { position: object; html: string }): void;
      };
      const registry = created.get('elementRegistry') as Parameters<
        typeof reportingProperties
      >[0] & {
        get(id: string): unknown;
      };
      for (const e of statistics.elements) {
        if (!registry.get(e.elementId) || e.started === 0) continue;
        const waiting = e.started - e.completed - e.cancelled;
        overlays.add(e.elementId, 'counts', {
          position: { top: -10, right: 8 },
          html: countBadge(e.completed, waiting),
        });
      }
      for (const [elementId, props] of reportingProperties(registry)) {
        overlays.add(elementId, 'promesa', {
          position: { top: -22, left: 0 },
          html: chip(props),
        });
      }
      setState('ready');
    })().catch((error: unknown) => {
      if (!current) return;
      setState(isWithoutDrawing(error) ? 'no-drawing' : { error });
    });
    return () => {
      current = false;
      viewer?.destroy();
    };
  }, [definitionId]);

  return (
    <section class="panel diagram-panel" aria-label={t('process.diagram')}>
      <div class="diagram-canvas" ref={container} />
      {state === 'loading' && (
        <div class="diagram-overlay">
          <Loading />
        </div>
      )}
      {state === 'no-drawing' && (
        <div class="diagram-overlay">
          <Empty icon="file" title={t('process.noDrawing')} body={t('process.noDrawingBody')} />
        </div>
      )}
      {typeof state === 'object' && (
        <div class="diagram-overlay">
          <Failed title={t('process.diagramFailed')} error={state.error} />
        </div>
      )}
      <p class="diagram-legend">
        <span class="count-badge count-badge--done">{t('process.legend.completed')}</span>
        <span class="count-badge count-badge--waiting">{t('process.legend.waiting')}</span>
      </p>
    </section>
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
    props.touchpoint && `${escapeHtml(t('process.touchpoint'))}: ${escapeHtml(props.touchpoint)}`,
    props.lifecycleStage &&
      `${escapeHtml(t('process.stage'))}: ${escapeHtml(props.lifecycleStage)}`,
  ].filter(Boolean);
  return `<span class="property-chip">${parts.join(' · ')}</span>`;
}
