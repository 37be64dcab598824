import { laneGroup, NotFoundError, type Engine } from '../../engine/index.ts';
import type { Principal } from './roles.ts';
import { steersAll, steersLane, steersTask } from './supervision.ts';

/**
 * Which instances and versions a caller reads. Analysts and above read every one; a supervisor
 * reads, without acting on them, the instances their lanes worked on (a task, open or done,
 * offered to one of their groups, or a promise kept in a lane they steer) and the versions that
 * have one of their lanes or offer a human task to one of their groups. Anything else answers
 * as an id that does not exist.
 */

/** Refuses (404) an instance the caller may not read. */
export async function requireReadableInstance(
  engine: Engine,
  principal: Principal,
  instanceId: string,
): Promise<void> {
  if (steersAll(principal)) return;
  const tasks = await engine.listTasks({ instanceId });
  if (tasks.some((task) => steersTask(principal, task))) return;
  const slas = await engine.listSlas({ instanceId });
  if (slas.some((sla) => steersLane(principal, sla.lane))) return;
  throw new NotFoundError(
    'process-instance-not-found',
    `Process instance ${instanceId} does not exist`,
  );
}

/** Refuses (404) a definition version the caller may not read. */
export async function requireReadableDefinition(
  engine: Engine,
  principal: Principal,
  definitionId: string,
): Promise<void> {
  if (steersAll(principal)) return;
  const elements = await engine.diagramElements(definitionId);
  if (elements.some((e) => e.lane && principal.groups.includes(laneGroup(e.lane)))) return;
  // A diagram without lanes offers its human tasks to groups by name.
  const { humanTasks } = await engine.definitionOutline(definitionId);
  if (humanTasks.some((task) => task.groups.some((g) => principal.groups.includes(g)))) return;
  throw new NotFoundError('definition-not-found', `No process definition ${definitionId}`);
}
