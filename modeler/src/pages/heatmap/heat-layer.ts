import type { Diagram } from '../../ui/read-only-diagram.tsx';
import { heatStep } from './heat-measures.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Glow around a shape, in diagram units. */
const SPREAD = 14;

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Draws the heat of each element as a blurred glow in a layer beneath the shapes (pools and
 * lanes made see-through so it shows), marks the warm shapes, and returns what removes it all.
 * The diagram's XML and its colours are never touched.
 */
export function drawHeat(
  { canvas, registry }: Diagram,
  values: Map<string, number>,
  max: number,
): () => void {
  const layer = canvas.getLayer('promesa-heat', -1);
  const blur = svg('filter', {
    id: 'promesa-heat-blur',
    x: '-50%',
    y: '-50%',
    width: '200%',
    height: '200%',
  });
  blur.append(svg('feGaussianBlur', { stdDeviation: 9 }));
  const defs = svg('defs', {});
  defs.append(blur);
  layer.append(defs);

  const marked: [string, string][] = [];
  const mark = (id: string, marker: string) => {
    canvas.addMarker(id, marker);
    marked.push([id, marker]);
  };
  for (const element of registry.getAll()) {
    const type = element.businessObject.$type;
    if (type === 'bpmn:Participant' || type === 'bpmn:Lane') mark(element.id, 'heat-see-through');
  }
  for (const [id, value] of values) {
    const shape = registry.get(id);
    const step = heatStep(value, max);
    if (!shape || shape.waypoints || step === 0) continue;
    layer.append(
      svg('rect', {
        x: shape.x - SPREAD,
        y: shape.y - SPREAD,
        width: shape.width + 2 * SPREAD,
        height: shape.height + 2 * SPREAD,
        rx: SPREAD,
        class: `heat-glow heat-glow--${step}`,
        filter: 'url(#promesa-heat-blur)',
        'data-element-id': id,
      }),
    );
    mark(id, 'heat-warm');
  }
  return () => {
    layer.replaceChildren();
    for (const [id, marker] of marked) canvas.removeMarker(id, marker);
  };
}
