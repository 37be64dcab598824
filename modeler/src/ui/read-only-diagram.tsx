import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { fitToView, type ZoomableCanvas } from '../editor/fit-to-view.ts';
import type { ModdleElement } from '../editor/promesa-properties.ts';
import { isWithoutDrawing } from '../editor/without-drawing.ts';
import { t } from '../i18n/i18n.ts';
import { Empty, Failed, Loading } from './states.tsx';

/** An element of the drawn diagram, as diagram-js holds it. */
export interface DrawnElement {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  waypoints?: { x: number; y: number }[];
  labelTarget?: unknown;
  businessObject: ModdleElement;
}

/** The diagram-js services a page decorates a read-only diagram with. */
export interface Diagram {
  canvas: ZoomableCanvas & {
    addMarker(id: string, marker: string): void;
    removeMarker(id: string, marker: string): void;
    getLayer(name: string, index?: number): SVGGElement;
  };
  overlays: {
    add(id: string, type: string, overlay: { position: object; html: string }): string;
    remove(filter: { type: string }): void;
  };
  registry: { get(id: string): DrawnElement | undefined; getAll(): DrawnElement[] };
}

/** The names the diagram gives its elements, by id (those without a name left out). */
export function elementNames({ registry }: Diagram): Map<string, string> {
  const names = new Map<string, string>();
  for (const element of registry.getAll())
    if (element.businessObject.name && !element.labelTarget)
      names.set(element.id, element.businessObject.name);
  return names;
}

/**
 * Marks, overlays or layers drawn on a loaded diagram; returns what takes them off again. Runs
 * again whenever the function changes (memoise it on the data it draws).
 */
export type Decorate = (diagram: Diagram) => () => void;

/**
 * Which diagram to draw: a deployed version, or the version a task belongs to (readable by
 * whoever sees the task, where a version's own XML needs the analyst role).
 */
export type DiagramSource =
  | { definitionId: string; taskId?: never }
  | { taskId: string; definitionId?: never };

/** The BPMN XML of `source`. */
function diagramXml({ definitionId, taskId }: DiagramSource): Promise<string> {
  const read = taskId
    ? api.GET('/api/tasks/{id}/diagram', { params: { path: { id: taskId } }, parseAs: 'text' })
    : api.GET('/api/process-definitions/{id}/xml', {
        params: { path: { id: definitionId! } },
        parseAs: 'text',
      });
  return call(read) as unknown as Promise<string>;
}

/**
 * A deployed version drawn read-only (bpmn-js NavigatedViewer: pan and zoom), fitted beside
 * its legend, for a page to decorate. The viewer's code loads with the first diagram shown.
 */
export function ReadOnlyDiagram({
  decorate,
  label,
  children,
  ...source
}: DiagramSource & {
  decorate?: Decorate;
  label: string;
  /** A legend, drawn over the canvas's lower left corner. */
  children?: ComponentChildren;
}) {
  const { definitionId, taskId } = source;
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [diagram, setDiagram] = useState<Diagram>();
  const [state, setState] = useState<'loading' | 'ready' | 'no-drawing' | { error: unknown }>(
    'loading',
  );

  useEffect(() => {
    if (!container) return;
    let viewer: { destroy(): void } | undefined;
    let current = true;
    setState('loading');
    setDiagram(undefined);
    (async () => {
      const [{ default: NavigatedViewer }, { default: camunda }, xml] = await Promise.all([
        import('bpmn-js/lib/NavigatedViewer'),
        import('camunda-bpmn-moddle/resources/camunda.json'),
        diagramXml(source),
      ]);
      if (!current) return;
      const created = new NavigatedViewer({ container, moddleExtensions: { camunda } });
      viewer = created;
      await created.importXML(xml);
      if (!current) return;
      const canvas = created.get('canvas') as Diagram['canvas'];
      // The legend floats over the canvas's lower edge: the diagram is fitted above it.
      const legend = container.parentElement?.querySelector('.diagram-legend');
      const panel = container.getBoundingClientRect();
      fitToView(canvas, {
        bottom: legend ? Math.max(0, panel.bottom - legend.getBoundingClientRect().top) : 0,
      });
      setDiagram({
        canvas,
        overlays: created.get('overlays'),
        registry: created.get('elementRegistry'),
      });
      setState('ready');
    })().catch((error: unknown) => {
      if (current) setState(isWithoutDrawing(error) ? 'no-drawing' : { error });
    });
    return () => {
      current = false;
      viewer?.destroy();
    };
  }, [container, definitionId, taskId]);

  useEffect(() => (diagram && decorate ? decorate(diagram) : undefined), [diagram, decorate]);

  return (
    <section class="panel diagram-panel" aria-label={label}>
      <div class="diagram-canvas" ref={setContainer} />
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
      {children && <div class="diagram-legend">{children}</div>}
    </section>
  );
}
