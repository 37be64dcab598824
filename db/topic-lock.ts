import type { ExternalTaskColumns } from './mapping.ts';
import type { LockRequest } from '../engine/ports/store.ts';

/**
 * How long a fetched external task is locked: the duration of the first requested topic whose
 * filters accept it. A task can match several entries only through the same topic name.
 */
export function lockDurationFor(
  request: LockRequest,
  task: Pick<ExternalTaskColumns, 'topic' | 'processId' | 'businessKey'>,
): number {
  const topic = request.topics.find(
    (t) =>
      t.name === task.topic &&
      (t.processIds === undefined || t.processIds.includes(task.processId)) &&
      (t.businessKey === undefined || t.businessKey === task.businessKey),
  );
  return topic?.lockDuration ?? 0;
}
