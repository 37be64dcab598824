import { createRoute, z } from '@hono/zod-openapi';
import type { Engine } from '../../engine/index.ts';
import { loadVisibleTask, taskVisibility } from '../auth/task-access.ts';
import { IdParams } from '../schemas/common.ts';
import { slaByTask } from '../schemas/slas.ts';
import {
  decodeCursor,
  encodeCursor,
  TaskDetail,
  TaskListQuery,
  TaskPage,
  toTask,
} from '../schemas/tasks.ts';
import { errors, json, resourceApp } from './openapi.ts';

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['tasks'],
  summary: 'List tasks the caller may see',
  description:
    'Filters combine with AND. Pages are keyset cursors: stable while tasks are created and completed. ' +
    "Each task carries its SLA and its process's name as drawn (`processName`); `slaState=at-risk,breached` keeps the tasks whose SLA is in one of the states.",
  request: { query: TaskListQuery },
  responses: { 200: json(TaskPage, 'One page of tasks'), ...errors() },
});

const get = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['tasks'],
  summary:
    "Get a task with its form and the variables it sees (its own and its scopes', nearest first)",
  request: { params: IdParams },
  responses: { 200: json(TaskDetail, 'The task'), ...errors(404) },
});

const diagram = createRoute({
  method: 'get',
  path: '/{id}/diagram',
  tags: ['tasks'],
  summary: "The BPMN XML of the task's process version, for drawing where the task stands",
  description:
    'Open to whoever sees the task (staff need not read process definitions to see their work in its diagram).',
  request: { params: IdParams },
  responses: {
    200: { description: 'BPMN 2.0 XML', content: { 'application/xml': { schema: z.string() } } },
    ...errors(404),
  },
});

/**
 * `GET /api/tasks`, `GET /api/tasks/{id}` and its diagram: task lists for staff, filtered to
 * what they may see.
 */
export function taskRoutes(engine: Engine) {
  const app = resourceApp();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const tasks = await engine.listTasks({
      state: q.state,
      candidateGroups: q.candidateGroup === undefined ? undefined : [q.candidateGroup],
      candidateUser: q.candidateUser,
      assignee: q.assignee,
      lane: q.lane,
      processId: q.processId,
      businessKey: q.businessKey,
      instanceId: q.instanceId,
      dueBefore: q.dueBefore,
      dueAfter: q.dueAfter,
      promiseDueBefore: q.promiseDueBefore,
      promiseDueAfter: q.promiseDueAfter,
      createdBefore: q.createdBefore,
      createdAfter: q.createdAfter,
      slaStates: q.slaState,
      orderBy: q.sort,
      after: q.cursor === undefined ? undefined : decodeCursor(q.sort, q.cursor),
      // One extra row tells whether another page follows.
      limit: q.limit + 1,
      ...taskVisibility(c.var.principal!),
    });
    const page = tasks.slice(0, q.limit);
    const last = page.at(-1);
    // The SLAs of the whole page in one query.
    const slas = slaByTask(
      page.length === 0 ? [] : await engine.listSlas({ taskIds: page.map((t) => t.id) }),
    );
    // Held in the engine's memory: no query once the versions have been read.
    const names = await engine.processNames(page.map((t) => t.definitionId));
    return c.json(
      {
        items: page.map((t) => toTask(t, slas.get(t.id), names.get(t.definitionId) ?? null)),
        nextCursor: tasks.length > q.limit && last ? encodeCursor(q.sort, last) : null,
      },
      200,
    );
  });

  app.openapi(get, async (c) => {
    const task = await loadVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
    const variables = await engine.variablesAt(task);
    const sla = slaByTask(await engine.listSlas({ taskIds: [task.id] })).get(task.id);
    const form = await engine.getTaskForm(task.id);
    const names = await engine.processNames([task.definitionId]);
    return c.json(
      {
        ...toTask(task, sla, names.get(task.definitionId) ?? null),
        form: { key: form.formKey, fields: form.fields, schema: form.schema },
        variables,
      },
      200,
    );
  });

  app.openapi(diagram, async (c) => {
    const task = await loadVisibleTask(engine, c.var.principal!, c.req.valid('param').id);
    return c.body(await engine.getDefinitionXml(task.definitionId), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    });
  });

  return app;
}
