import type { Feature } from './drive.ts';

/**
 * Features beyond the core set that Promesa implements. An entry whose `needs` names a feature
 * missing here is generated as `it.skip`. Add a feature when it lands and its entries run.
 */
export const SUPPORTED_FEATURES: readonly Feature[] = [
  'timers',
  'async',
  'human-performer',
  'messages',
  'signals',
  'escalation',
  'event-subprocess',
  'event-based-gateway',
  'link-events',
  'compensation',
  'multi-instance',
  'call-activity',
  'call-activity-mappings',
];
