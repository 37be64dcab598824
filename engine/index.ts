/** The engine's public surface: `api/`, `db/` and embedding applications import only this. */
export { createEngine, type EngineOptions } from './engine.ts';
export { isCandidateStarter, starterRule, type Starter } from './definitions.ts';
export type * from './engine-interface.ts';
export * from './errors.ts';
export type * from './ports/store.ts';
export type * from './ports/sla.ts';
export type * from './ports/sla-policies.ts';
export type { SlaPolicyTerms } from './sla-policies.ts';
export { JobKind, OPEN_WORK_AGES_MS } from './ports/store.ts';
export { systemClock, type Clock } from './ports/clock.ts';
export { uuidIds, type IdGenerator } from './ports/ids.ts';
export { loadDefinitions } from './model/load.ts';
export type { EngineOperations } from './operations.ts';
export type * from './ports/identity.ts';
export type * from './ports/drafts.ts';
export type * from './ports/work-directory.ts';
export { DistributionPolicy } from './work-distribution.ts';
export { Role } from './ports/identity.ts';
export { likeRegExp } from './ports/like-pattern.ts';
export type { BusinessCalendar } from './timers/business-calendar.ts';
export { officeHours } from './timers/business-calendar.ts';
export { parseTimeToLive } from './retention/time-to-live.ts';
/** The candidate group a lane offers its tasks to: "Back office" → "back-office". */
export { kebabCase as laneGroup } from './elements/tasks/user-task.ts';
export type * from './catalogue/outline.ts';
export type * from './catalogue/inventory.ts';
export type * from './catalogue/touchpoints.ts';
export { PARKED_JOB_DUE_AT } from './jobs/job-runner.ts';
