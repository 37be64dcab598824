import { useCallback } from 'preact/hooks';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { escapeHtml } from '../../ui/escape-html.ts';
import { type Diagram, elementNames, ReadOnlyDiagram } from '../../ui/read-only-diagram.tsx';
import type { PathTaken } from './path-taken.ts';

/**
 * The instance's version drawn with the path it took (elements left and flows taken, in green)
 * and where its tokens are now (blue, red on an incident), with how many wait on each element.
 */
export function InstanceDiagram({
  definitionId,
  path,
  onNames,
}: {
  definitionId: string;
  path: PathTaken;
  /** The names the diagram gives its elements, for the lists beside it. */
  onNames: (names: Map<string, string>) => void;
}) {
  const decorate = useCallback(
    (diagram: Diagram) => {
      const { canvas, overlays, registry } = diagram;
      onNames(elementNames(diagram));
      const marked: [string, string][] = [];
      const mark = (id: string, marker: string) => {
        if (!registry.get(id)) return;
        canvas.addMarker(id, marker);
        marked.push([id, marker]);
      };
      for (const id of path.done) mark(id, 'path-done');
      for (const id of path.flows) mark(id, 'path-done');
      for (const [tokens, marker, label] of [
        [path.waiting, 'path-waiting', t('instance.legend.waiting')],
        [path.failing, 'path-failing', t('instance.legend.failing')],
      ] as const)
        for (const [id, count] of tokens) {
          mark(id, marker);
          if (registry.get(id))
            overlays.add(id, 'tokens', {
              position: { bottom: 10, right: 10 },
              html: `<span class="token-badge token-badge--${marker}" title="${escapeHtml(label)}">${formatNumber(count)}</span>`,
            });
        }
      return () => {
        for (const [id, marker] of marked) canvas.removeMarker(id, marker);
        overlays.remove({ type: 'tokens' });
      };
    },
    [path, onNames],
  );

  return (
    <ReadOnlyDiagram definitionId={definitionId} decorate={decorate} label={t('instance.diagram')}>
      <span class="legend-key legend-key--done">{t('instance.legend.done')}</span>
      <span class="legend-key legend-key--waiting">{t('instance.legend.waiting')}</span>
      <span class="legend-key legend-key--failing">{t('instance.legend.failing')}</span>
    </ReadOnlyDiagram>
  );
}
