import { laneGroup, type Engine, type SlaRecord, type TaskRecord } from '../../engine/index.ts';
import { includes, type Principal } from './roles.ts';

/**
 * Who steers which lane. A lane is known by the group it offers its tasks to ("Back office" →
 * `back-office`): a supervisor steers the lanes of their groups, analysts and above steer every
 * lane, staff none. Steering is seeing a lane's tasks, figures and SLAs, assigning and
 * delegating its tasks (also when someone else holds them) and re-targeting its SLAs.
 */

/** True when the caller reads and steers every lane. */
export function steersAll(principal: Principal): boolean {
  return includes(principal.role, 'analyst');
}

/** True when the caller steers the lane with this name (null: work outside any lane). */
export function steersLane(principal: Principal, lane: string | null | undefined): boolean {
  if (steersAll(principal)) return true;
  return principal.role === 'supervisor' && !!lane && principal.groups.includes(laneGroup(lane));
}

/** True when the caller steers a lane the task is offered to (one of its candidate groups). */
export function steersTask(principal: Principal, task: TaskRecord): boolean {
  if (steersAll(principal)) return true;
  return (
    principal.role === 'supervisor' &&
    task.candidateGroups.some((group) => principal.groups.includes(group))
  );
}

/**
 * True when the caller steers the SLA: the lane of the task it guards (`task`, when it guards
 * one), else the lane that held the work.
 */
export function steersSla(principal: Principal, sla: SlaRecord, task?: TaskRecord): boolean {
  return task ? steersTask(principal, task) : steersLane(principal, sla.lane);
}

/** The SLAs among `slas` the caller steers; reads the tasks they guard only for supervisors. */
export async function steeredSlas(
  engine: Engine,
  principal: Principal,
  slas: SlaRecord[],
): Promise<SlaRecord[]> {
  if (steersAll(principal)) return slas;
  const steered: SlaRecord[] = [];
  for (const sla of slas) {
    const task = sla.taskId ? await engine.getTask(sla.taskId).catch(() => undefined) : undefined;
    if (steersSla(principal, sla, task)) steered.push(sla);
  }
  return steered;
}
