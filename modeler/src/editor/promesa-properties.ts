/**
 * The properties Promesa reads from `camunda:properties` on an element: the engine's own
 * (`waitsOnCustomer`, `calendar`) and the ones analysts report by (`touchpoint`, `lifecycleStage`).
 */
export const PromesaProperty = {
  waitsOnCustomer: 'waitsOnCustomer',
  calendar: 'calendar',
  touchpoint: 'touchpoint',
  lifecycleStage: 'lifecycleStage',
} as const;
export type PromesaProperty = (typeof PromesaProperty)[keyof typeof PromesaProperty];

/** A bpmn-moddle element, as far as its properties are read. */
export interface ModdleElement {
  $type: string;
  get?(name: string): unknown;
  extensionElements?: { values?: ModdleElement[] };
  values?: ModdleElement[];
  name?: string;
  value?: string;
}

/** The `camunda:property` entries of a business object, as name → value. */
export function camundaProperties(businessObject: ModdleElement): Record<string, string> {
  const found: Record<string, string> = {};
  for (const extension of businessObject.extensionElements?.values ?? []) {
    if (extension.$type !== 'camunda:Properties') continue;
    for (const property of extension.values ?? [])
      if (property.name) found[property.name] = property.value ?? '';
  }
  return found;
}
