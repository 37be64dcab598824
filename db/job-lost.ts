import { ConflictError } from '../engine/errors.ts';
import type { HeldJob } from '../engine/ports/store.ts';

/** The error of a unit of work whose held job is gone or locked by another node now. */
export function jobLost(job: HeldJob): ConflictError {
  return new ConflictError(
    'job-lost',
    `Job ${job.id} is no longer held by ${job.lockedBy}: its lock expired and another node took it over, or it ran already`,
  );
}
