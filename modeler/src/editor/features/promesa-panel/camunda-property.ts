import { camundaProperties } from '../../promesa-properties.ts';

/** The minimum of the diagram-js and moddle shapes this file touches. */
interface BusinessObject {
  $type: string;
  $parent?: BusinessObject;
  extensionElements?: BusinessObject & { values: BusinessObject[] };
  values?: BusinessObject[];
  processRef?: BusinessObject;
  name?: string;
  value?: string;
}
export interface Shape {
  businessObject: BusinessObject;
}
interface Injector {
  get(name: 'bpmnFactory'): { create(type: string, attrs?: object): BusinessObject };
  get(name: 'commandStack'): { execute(command: string, context: unknown): void };
}

/** Where a shape's properties live: a pool's belong to its process. */
export function ownerOf(element: Shape): BusinessObject {
  return element.businessObject.processRef ?? element.businessObject;
}

/** A `camunda:property` of the element, or '' when it has none. */
export function getCamundaProperty(element: Shape, name: string): string {
  return camundaProperties(ownerOf(element) as never)[name] ?? '';
}

/**
 * Sets (or, with '', removes) one `camunda:property`, creating the extension elements and the
 * `camunda:properties` list on first use, as one undoable step.
 */
export function setCamundaProperty(
  injector: Injector,
  element: Shape,
  name: string,
  value: string,
): void {
  const factory = injector.get('bpmnFactory');
  const owner = ownerOf(element);
  const commands: { cmd: string; context: object }[] = [];
  const update = (moddleElement: BusinessObject, properties: object) =>
    commands.push({
      cmd: 'element.updateModdleProperties',
      context: { element, moddleElement, properties },
    });

  let extensions = owner.extensionElements;
  if (!extensions) {
    extensions = factory.create('bpmn:ExtensionElements', { values: [] }) as NonNullable<
      BusinessObject['extensionElements']
    >;
    extensions!.$parent = owner;
    update(owner, { extensionElements: extensions });
  }
  let list = extensions!.values.find((v) => v.$type === 'camunda:Properties');
  if (!list) {
    list = factory.create('camunda:Properties', { values: [] });
    list.$parent = extensions;
    update(extensions!, { values: [...extensions!.values, list] });
  }
  const existing = (list.values ?? []).find((p) => p.name === name);
  if (!value) {
    if (existing) update(list, { values: (list.values ?? []).filter((p) => p !== existing) });
  } else if (existing) {
    update(existing, { value });
  } else {
    const property = factory.create('camunda:Property', { name, value });
    property.$parent = list;
    update(list, { values: [...(list.values ?? []), property] });
  }
  if (commands.length)
    injector.get('commandStack').execute('properties-panel.multi-command-executor', commands);
}
