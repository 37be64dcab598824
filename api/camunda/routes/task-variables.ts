import { ForbiddenError, type Engine } from '../../../engine/index.ts';
import { mayActOn } from '../../auth/task-access.ts';
import { camundaApp } from '../route.ts';
import { addVariableRoutes, type VariableResource } from '../variable-resource.ts';
import { openVisibleTask } from './task.ts';

/**
 * A task's variables: `/variables` are those it sees from its scope outwards (its own, a
 * multi-instance instance's, subprocesses', the process's), written where the name lives or
 * else on the process, as Camunda's `taskService.setVariable`; `/localVariables` are the task's
 * own, which end with it. Staff read tasks they see and write tasks offered to them that nobody
 * else holds.
 */
export function taskVariableRoutes(engine: Engine) {
  const app = camundaApp();

  const owner =
    (local: boolean): VariableResource['owner'] =>
    async (c, id, write) => {
      const principal = c.var.principal!;
      const task = await openVisibleTask(engine, principal, id);
      if (write && !mayActOn(principal, task))
        throw new ForbiddenError(
          'task-not-offered',
          `Task ${id} is not offered to ${principal.username}`,
        );
      // Writing is for whoever may complete it: not a task someone else holds (admins excepted).
      if (
        write &&
        task.assignee &&
        task.assignee !== principal.username &&
        principal.role !== 'admin'
      )
        throw new ForbiddenError(
          'task-claimed',
          `Task ${id} is claimed by ${task.assignee}; only they may change its variables`,
        );
      return { instanceId: task.instanceId, tokenId: task.tokenId, local };
    };

  addVariableRoutes(app, engine, {
    path: '/task/{id}/variables',
    noun: 'task',
    owner: owner(false),
  });
  addVariableRoutes(app, engine, {
    path: '/task/{id}/localVariables',
    noun: 'task',
    owner: owner(true),
  });
  return app;
}
