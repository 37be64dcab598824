import { camundaProperties, PromesaProperty } from '../../editor/promesa-properties.ts';
import type { Diagram } from '../../ui/read-only-diagram.tsx';

/** Elements of a drawn diagram with a touchpoint or life-cycle stage, for chips on the canvas. */
export function reportingProperties(
  registry: Diagram['registry'],
): [string, { touchpoint?: string; lifecycleStage?: string }][] {
  const found: [string, { touchpoint?: string; lifecycleStage?: string }][] = [];
  for (const element of registry.getAll()) {
    if (element.labelTarget) continue;
    const props = camundaProperties(element.businessObject);
    const touchpoint = props[PromesaProperty.touchpoint];
    const lifecycleStage = props[PromesaProperty.lifecycleStage];
    if (touchpoint || lifecycleStage) found.push([element.id, { touchpoint, lifecycleStage }]);
  }
  return found;
}
