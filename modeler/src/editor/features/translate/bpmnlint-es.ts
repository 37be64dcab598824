/**
 * Spanish for what bpmn-js-bpmnlint shows: its button's title and the messages of bpmnlint's
 * recommended rules, which it passes through `translate` as they are written in the rules.
 */
export const bpmnlintEs: Record<string, string> = {
  'Toggle linting overlays': 'Mostrar u ocultar los problemas',
  'Issues for child elements': 'Problemas de los elementos internos',
  'A <Sequence Flow> outgoing from an <Event-based Gateway> must not be conditional':
    'Un flujo que sale de una compuerta basada en eventos no puede tener condición',
  'A <Start Event> is not allowed in <Ad Hoc Sub Process>':
    'Un subproceso ad hoc no admite eventos de inicio',
  'An <End Event> is not allowed in <Ad Hoc Sub Process>':
    'Un subproceso ad hoc no admite eventos de fin',
  'An <Event-based Gateway> must have at least 2 outgoing <Sequence Flows>':
    'Una compuerta basada en eventos necesita al menos dos flujos de salida',
  'Duplicate incoming sequence flows': 'Flujos de entrada duplicados',
  'Duplicate outgoing sequence flows': 'Flujos de salida duplicados',
  'Element is an implicit end': 'El elemento termina el camino sin un evento de fin',
  'Element is an implicit start': 'El elemento empieza un camino sin un evento de inicio',
  'Element is missing bpmndi': 'El elemento no tiene representación gráfica (bpmndi)',
  'Element is missing label/name': 'Al elemento le falta un nombre',
  'Element is not connected': 'El elemento no está conectado',
  'Element overlaps with other element': 'El elemento se superpone a otro',
  'Event has multiple event definitions': 'El evento tiene varias definiciones',
  'Flow splits implicitly': 'El flujo se divide sin una compuerta',
  'Gateway forks and joins': 'La compuerta une y divide a la vez',
  'Gateway is superfluous. It only has one source and target.':
    'La compuerta sobra: tiene una sola entrada y una sola salida.',
  'Incoming flows do not join': 'Los flujos de entrada no se unen con una compuerta',
  'Link event is missing link name': 'Al evento de enlace le falta el nombre del enlace',
  'Process is missing end event': 'Al proceso le falta un evento de fin',
  'Process is missing start event': 'Al proceso le falta un evento de inicio',
  'Sequence flow is missing condition': 'Al flujo le falta la condición',
  'Start event must be blank': 'El evento de inicio debe ser simple',
  'Start event is missing event definition': 'Al evento de inicio le falta su definición',
  'Sub process is missing end event': 'Al subproceso le falta un evento de fin',
  'Sub process is missing start event': 'Al subproceso le falta un evento de inicio',
  'Termination is superfluous.': 'La terminación sobra.',
};
