import { PromesaPropertiesProvider } from './PromesaPropertiesProvider.ts';

/** The Promesa group of the properties panel: SLA, customer waits, calendar, touchpoint, stage. */
export default {
  __init__: ['promesaPropertiesProvider'],
  promesaPropertiesProvider: ['type', PromesaPropertiesProvider],
};
