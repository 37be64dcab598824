import { CheckboxEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { t } from '../../../i18n/i18n.ts';
import { PromesaProperty } from '../../promesa-properties.ts';
import { getCamundaProperty, type Shape, setCamundaProperty } from './camunda-property.ts';

type Entry = { id: string; component: (props: { element: Shape }) => unknown; element: Shape };
type Group = { id: string; label: string; entries: Entry[] };

const is = (element: Shape, type: string) => element.businessObject.$type === type;
const isFlowNode = (element: Shape) =>
  /^bpmn:(\w*Task|SubProcess|CallActivity|\w*Event|\w*Gateway)$/.test(element.businessObject.$type);
const waitsForOutside = (element: Shape) =>
  is(element, 'bpmn:ReceiveTask') || is(element, 'bpmn:IntermediateCatchEvent');

/** A text entry over one `camunda:property`. Components use the panel's own Preact (`h`). */
function propertyField(name: string, label: () => string, description: () => string) {
  return function PropertyField({ element }: { element: Shape }) {
    const injector = useService('injector');
    const debounce = useService('debounceInput');
    return h(TextFieldEntry, {
      element,
      id: `promesa-${name}`,
      label: label(),
      description: description(),
      debounce,
      getValue: () => getCamundaProperty(element, name),
      setValue: (value: string) => setCamundaProperty(injector, element, name, value?.trim() ?? ''),
    });
  };
}

function SlaDueDate({ element }: { element: Shape }) {
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element,
    id: 'promesa-sla',
    label: t('promesa.sla'),
    description: t('promesa.sla.help'),
    debounce,
    getValue: () =>
      (element.businessObject as unknown as { get(n: string): string }).get('camunda:dueDate') ??
      '',
    setValue: (value: string) =>
      modeling.updateProperties(element, { 'camunda:dueDate': value?.trim() || undefined }),
  });
}

function WaitsOnCustomer({ element }: { element: Shape }) {
  const injector = useService('injector');
  return h(CheckboxEntry, {
    element,
    id: 'promesa-waitsOnCustomer',
    label: t('promesa.waitsOnCustomer'),
    description: t('promesa.waitsOnCustomer.help'),
    getValue: () => getCamundaProperty(element, PromesaProperty.waitsOnCustomer) === 'true',
    setValue: (value: boolean) =>
      setCamundaProperty(injector, element, PromesaProperty.waitsOnCustomer, value ? 'true' : ''),
  });
}

const Calendar = propertyField(
  PromesaProperty.calendar,
  () => t('promesa.calendar'),
  () => t('promesa.calendar.help'),
);
const Touchpoint = propertyField(
  PromesaProperty.touchpoint,
  () => t('promesa.touchpoint'),
  () => t('promesa.touchpoint.help'),
);
const LifecycleStage = propertyField(
  PromesaProperty.lifecycleStage,
  () => t('promesa.stage'),
  () => t('promesa.stage.help'),
);

/**
 * Adds the Promesa group: what the engine reads as a promise (a user task's due date, a wait on
 * the customer that pauses SLA clocks, the business calendar) and the reporting properties,
 * written where the engine and the reports read them (`camunda:dueDate`, `camunda:properties`).
 */
export class PromesaPropertiesProvider {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: { registerProvider(priority: number, provider: unknown): void }) {
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: Shape) {
    return (groups: Group[]) => {
      const entries: Entry[] = [];
      const add = (id: string, component: Entry['component']) =>
        entries.push({ id, component, element });
      if (is(element, 'bpmn:UserTask')) add('promesa-sla', SlaDueDate);
      if (waitsForOutside(element)) add('promesa-waitsOnCustomer', WaitsOnCustomer);
      const calendarHolder =
        isFlowNode(element) ||
        is(element, 'bpmn:Process') ||
        is(element, 'bpmn:Participant') ||
        is(element, 'bpmn:Lane');
      if (calendarHolder) add('promesa-calendar', Calendar);
      if (isFlowNode(element)) {
        add('promesa-touchpoint', Touchpoint);
        add('promesa-lifecycleStage', LifecycleStage);
      }
      if (entries.length)
        groups.splice(1, 0, { id: 'promesa', label: t('promesa.group'), entries });
      return groups;
    };
  }
}
