import { createRoute, z } from '@hono/zod-openapi';
import {
  ForbiddenError,
  type Engine,
  type TaskChange,
  type TaskRecord,
} from '../../../engine/index.ts';
import { checkAssignee } from '../../auth/assignee-check.ts';
import type { Identity } from '../../auth/identity.ts';
import type { Principal } from '../../auth/roles.ts';
import { steersTask } from '../../auth/supervision.ts';
import { mayEditTask } from '../../auth/task-access.ts';
import { invalidRequest } from '../errors.ts';
import { camundaApp, IdParam, op, requiredJson } from '../route.ts';
import { actionable } from './task-actions.ts';
import { openVisibleTask } from './task.ts';

/**
 * Changing a task: `PUT /task/{id}` (Camunda's full replacement of its fields) and adding or
 * removing its identity links. Re-offering a task (its name, priority, dates, candidates) is
 * steering it: supervisors of its lane, developers and admins (`mayEditTask`). Its assignee
 * changes as `POST /task/{id}/assignee` does: its holder (or, unheld, whoever it is offered to)
 * hands it on, to someone who could work it.
 */

const text = z.string().max(4000).nullable().optional();
/** `TaskDto`: the fields Promesa changes, those it keeps none of (null only), and read-only ones. */
const TaskBody = z
  .object({
    name: z.string().max(1000).nullable().optional(),
    priority: z.number().int().nullable().optional(),
    due: z.string().max(100).nullable().optional(),
    followUp: z.string().max(100).nullable().optional(),
    assignee: z.string().min(1).max(255).nullable().optional(),
    owner: z.string().max(255).nullable().optional(),
    delegationState: z.enum(['PENDING', 'RESOLVED']).nullable().optional(),
    description: text,
    parentTaskId: text,
    caseInstanceId: text,
    tenantId: text,
    // Read-only: Camunda's update ignores them, so a task read, changed and sent back is fine.
    id: text,
    created: text,
    lastUpdated: text,
    executionId: text,
    processDefinitionId: text,
    processInstanceId: text,
    taskDefinitionKey: text,
    caseExecutionId: text,
    caseDefinitionId: text,
    suspended: z.boolean().nullable().optional(),
    formKey: text,
    camundaFormRef: z.unknown().optional(),
    taskState: text,
  })
  .strict();
type TaskBody = z.infer<typeof TaskBody>;

const LinkBody = z
  .object({
    userId: z.string().min(1).max(255).nullable().optional(),
    groupId: z.string().min(1).max(255).nullable().optional(),
    type: z.string().max(255).nullable().optional(),
  })
  .strict();
type LinkBody = z.infer<typeof LinkBody>;

/** Fields of `TaskDto` Promesa keeps no value of: a PUT may send them only as null. */
const UNKEPT = ['description', 'parentTaskId', 'caseInstanceId', 'tenantId'] as const;

const delegationStateOf = (assignee: string | null, owner: string | null) =>
  owner === null ? null : assignee === owner ? 'RESOLVED' : 'PENDING';

/** The change a PUT asks for, refusing (400, naming the field) what Promesa cannot honour. */
function changeOf(task: TaskRecord, body: TaskBody): Required<TaskChange> {
  for (const field of UNKEPT)
    if (body[field] != null)
      throw invalidRequest(`Promesa keeps no ${field} on tasks: ${field} must be null`);
  const owner = body.owner ?? null;
  if (owner !== (task.owner ?? null))
    throw invalidRequest(
      'owner cannot be changed: Promesa keeps a task owner only for a delegation (POST /task/{id}/delegate, /resolve)',
    );
  const assignee = body.assignee ?? null;
  if (owner !== null && assignee === null)
    throw invalidRequest(
      'assignee: a delegated task has an assignee; resolve it to give it back to its owner',
    );
  const state = body.delegationState ?? null;
  if (state !== delegationStateOf(assignee, owner))
    throw invalidRequest(
      `delegationState ${state} does not follow from assignee ${assignee} and owner ${owner}: Promesa derives it`,
    );
  return {
    name: body.name ?? null,
    // Camunda's TaskDto holds the priority as an int: absent is 0.
    priority: body.priority ?? 0,
    dueAt: dateOf(body.due, 'due'),
    followUpAt: dateOf(body.followUp, 'followUp'),
    assignee,
    candidateUsers: task.candidateUsers,
    candidateGroups: task.candidateGroups,
  };
}

function dateOf(value: string | null | undefined, field: string): number | null {
  if (!value) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) throw invalidRequest(`${field}: '${value}' is not a date`);
  return at;
}

/** Refuses a change of the task's holder that `POST /task/{id}/assignee` would refuse. */
async function checkHandOn(
  identity: Identity,
  principal: Principal,
  task: TaskRecord,
  assignee: string | null,
): Promise<void> {
  if (task.assignee && task.assignee !== principal.username && !steersTask(principal, task))
    throw new ForbiddenError(
      'task-claimed',
      `Task ${task.id} is held by someone else than ${principal.username}`,
    );
  if (assignee !== null) await checkAssignee(identity, task, assignee);
}

function refuseEdit(principal: Principal, task: TaskRecord, what: string): never {
  throw new ForbiddenError(
    'task-not-steered',
    `${principal.username} may not change the ${what} of task ${task.id}: supervisors of its lane, developers and admins may`,
  );
}

/** Validates an identity link as Camunda's `IdentityLinkDto` and its commands do. */
function checkLink(link: LinkBody): asserts link is LinkBody & { type: string } {
  if (!link.type) throw invalidRequest('type is required when adding a new task identity link');
  if (link.userId != null && link.groupId != null)
    throw invalidRequest('Identity Link requires userId or groupId, but not both.');
  if (link.userId == null && link.groupId == null)
    throw invalidRequest('Identity Link requires userId or groupId.');
  if (link.type === 'assignee' && link.groupId != null)
    throw invalidRequest("Incompatible usage: cannot use type 'assignee' together with a groupId");
  if (link.type !== 'assignee' && link.type !== 'candidate')
    throw invalidRequest(
      `type '${link.type}' is not supported: Promesa keeps candidate and assignee links (a task owner only through a delegation)`,
    );
}

export function taskUpdateRoutes(engine: Engine, identity: Identity) {
  const app = camundaApp();

  app.openapi(
    createRoute({
      ...op(
        'put',
        '/task/{id}',
        "Update a task as Camunda's TaskDto: every field is replaced (absent: null, priority 0); description, tenant, case and parent task only as null, owner and delegation state unchanged",
      ),
      request: { params: IdParam, body: requiredJson(TaskBody) },
    }),
    async (c) => {
      const principal = c.var.principal!;
      const task = await openVisibleTask(engine, principal, c.req.valid('param').id);
      const change = changeOf(task, c.req.valid('json'));
      const differs = (key: keyof TaskChange) =>
        JSON.stringify(change[key]) !== JSON.stringify(task[key] ?? null);
      const fields = (['name', 'priority', 'dueAt', 'followUpAt'] as const).filter(differs);
      if (fields.length > 0 && !mayEditTask(principal, task))
        refuseEdit(principal, task, fields.join(', '));
      if (differs('assignee')) {
        await actionable(engine, principal, task.id);
        await checkHandOn(identity, principal, task, change.assignee);
      }
      await engine.updateTask(task.id, change, { userId: principal.username });
      return c.body(null, 204);
    },
  );

  /** Adds (`add`) or removes one identity link. */
  async function changeLink(principal: Principal, id: string, link: LinkBody, add: boolean) {
    checkLink(link);
    const task = await openVisibleTask(engine, principal, id);
    if (link.type === 'assignee') {
      // Camunda removes the assignee link whoever it names.
      const assignee = add ? link.userId! : null;
      await actionable(engine, principal, task.id);
      await checkHandOn(identity, principal, task, assignee);
      return engine.updateTask(task.id, { assignee }, { userId: principal.username });
    }
    if (!mayEditTask(principal, task)) refuseEdit(principal, task, 'candidates');
    const change: TaskChange = {};
    if (link.userId != null) {
      if (add) {
        const user = await identity.store.getUser(link.userId);
        if (!user || user.disabled)
          throw invalidRequest(`userId: there is no enabled user ${link.userId}`);
      }
      change.candidateUsers = edited(task.candidateUsers, link.userId, add);
    } else change.candidateGroups = edited(task.candidateGroups, link.groupId!, add);
    return engine.updateTask(task.id, change, { userId: principal.username });
  }

  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/identity-links',
        'Add a candidate user or group (`type: candidate`, supervisors of the lane, developers, admins) or the assignee (`type: assignee`)',
      ),
      request: { params: IdParam, body: requiredJson(LinkBody) },
    }),
    async (c) => {
      await changeLink(c.var.principal!, c.req.valid('param').id, c.req.valid('json'), true);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      ...op(
        'post',
        '/task/{id}/identity-links/delete',
        'Remove a candidate user or group, or the assignee (`type: assignee`, whoever it names)',
      ),
      request: { params: IdParam, body: requiredJson(LinkBody) },
    }),
    async (c) => {
      await changeLink(c.var.principal!, c.req.valid('param').id, c.req.valid('json'), false);
      return c.body(null, 204);
    },
  );

  return app;
}

function edited(list: string[], value: string, add: boolean): string[] {
  if (add) return list.includes(value) ? list : [...list, value];
  return list.filter((item) => item !== value);
}
