// bpmn.io packages that ship no type declarations; the editor reaches them through DI anyway.
declare module 'bpmn-js-properties-panel';
declare module '@bpmn-io/properties-panel';
declare module 'bpmn-js-bpmnlint';
declare module 'bpmn-js-token-simulation';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
