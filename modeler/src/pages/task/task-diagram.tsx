import { useCallback } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { escapeHtml } from '../../ui/escape-html.ts';
import { type Diagram, ReadOnlyDiagram } from '../../ui/read-only-diagram.tsx';

/**
 * The task's process drawn read-only with the task's own element marked (a diagram-js marker
 * and a label above it, never the XML's colours), so the person doing the work sees where the
 * request stands and what comes after.
 */
export function TaskDiagram({ taskId, elementId }: { taskId: string; elementId: string }) {
  const decorate = useCallback(
    ({ canvas, overlays, registry }: Diagram) => {
      if (!registry.get(elementId)) return () => {};
      canvas.addMarker(elementId, 'task-here');
      overlays.add(elementId, 'task-here', {
        position: { top: -26, left: 0 },
        html: `<span class="task-here-label">${escapeHtml(t('task.diagram.here'))}</span>`,
      });
      return () => {
        canvas.removeMarker(elementId, 'task-here');
        overlays.remove({ type: 'task-here' });
      };
    },
    [elementId],
  );

  return (
    <ReadOnlyDiagram taskId={taskId} decorate={decorate} label={t('task.diagram')}>
      <span class="legend-key legend-key--here">{t('task.diagram.here')}</span>
    </ReadOnlyDiagram>
  );
}
