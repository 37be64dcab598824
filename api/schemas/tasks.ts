import { z } from '@hono/zod-openapi';
import type { SlaRecord, TaskCursor, TaskRecord } from '../../engine/index.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { Instant, InstantQuery, iso, Limit, Variables } from './common.ts';
import { SlaStateListQuery, TaskSla, toTaskSla } from './slas.ts';

export const TaskSort = z.enum(['created', 'due', 'priority', 'promise']).openapi({
  description:
    "`due`: soonest first, undated last, then priority, then age. `promise`: the request's promise soonest first (broken ones lead), tasks without one last, then as `due`",
});

export const Task = z
  .object({
    id: z.string(),
    instanceId: z.string(),
    definitionId: z.string(),
    processId: z.string(),
    processName: z.string().nullable().openapi({
      description:
        "The process's name as drawn in its version's diagram (`name` on `bpmn:process`); null when the diagram names none (show `processId`)",
      example: 'Customer request',
    }),
    businessKey: z.string().nullable(),
    elementId: z.string(),
    name: z.string().nullable(),
    state: z.enum(['open', 'completed', 'cancelled']),
    suspended: z.boolean().openapi({
      description:
        'Its request is on hold (suspended by an operator): it cannot be claimed, assigned or completed until resumed',
    }),
    lane: z.string().nullable(),
    assignee: z.string().nullable(),
    candidateUsers: z.array(z.string()),
    candidateGroups: z.array(z.string()),
    dueAt: Instant.nullable(),
    promiseDueAt: Instant.nullable().openapi({
      description:
        "When the promise of the customer's request falls (or fell) due: the request's, beside the task's own due date, carried until the promise is kept; in the past, the promise is broken",
    }),
    followUpAt: Instant.nullable(),
    priority: z.number().int(),
    formKey: z.string().nullable(),
    createdAt: Instant,
    claimedAt: Instant.nullable(),
    claimedBy: z.string().nullable(),
    completedAt: Instant.nullable(),
    completedBy: z.string().nullable(),
    sla: TaskSla.nullable().openapi({
      description: 'The SLA guarding the task; null when it has none',
    }),
  })
  .openapi('Task');

/** A field of a generated form (`camunda:formData`), on a task or a start event. */
export const FormFieldSchema = z
  .object({
    id: z.string(),
    label: z.string().optional(),
    type: z.string(),
    defaultValue: z.string().optional(),
    required: z.boolean().optional(),
    readonly: z.boolean().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    minlength: z.number().optional(),
    maxlength: z.number().optional(),
    values: z.array(z.object({ id: z.string(), name: z.string().optional() })).optional(),
  })
  .openapi('FormField');

export const TaskDetail = Task.extend({
  form: z.object({
    key: z.string().nullable(),
    /** The fields a completion is checked against: the generated form's, else the linked form's. */
    fields: z.array(FormFieldSchema),
    schema: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({
        description:
          'The form-js schema the task links (`camunda:formRef`, or `camunda:formKey="camunda-forms:deployment:<file>"`), ' +
          'read from a deployed `.form` file; null when it links none',
      }),
  }),
  /** The variables the task sees, nearest scope first (its own, subprocesses', the process's). */
  variables: Variables,
}).openapi('TaskDetail');

export const TaskPage = z
  .object({
    items: z.array(Task),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null on the last' }),
  })
  .openapi('TaskPage');

export const TaskListQuery = z.object({
  state: z.enum(['open', 'completed', 'cancelled']).default('open'),
  candidateGroup: z.string().optional(),
  candidateUser: z.string().optional(),
  assignee: z.string().optional(),
  lane: z.string().optional(),
  processId: z.string().optional(),
  businessKey: z.string().optional(),
  instanceId: z.string().optional(),
  dueBefore: InstantQuery.optional(),
  dueAfter: InstantQuery.optional(),
  promiseDueBefore: InstantQuery.optional().openapi({
    description: "Tasks whose request's promise falls due before this time (now: broken promises)",
  }),
  promiseDueAfter: InstantQuery.optional(),
  createdBefore: InstantQuery.optional(),
  createdAfter: InstantQuery.optional(),
  slaState: SlaStateListQuery.optional(),
  sort: TaskSort.default('created'),
  limit: Limit,
  cursor: z.string().max(500).optional(),
});

export const CompleteTaskBody = z
  .object({ variables: Variables.optional() })
  .openapi('CompleteTask');
export const AssignTaskBody = z
  .object({ assignee: z.string().min(1).nullable() })
  .openapi('AssignTask');
export const DelegateTaskBody = z.object({ assignee: z.string().min(1) }).openapi('DelegateTask');

/**
 * A task row with its SLA (see `slaByTask`) and its process's name (see `Engine.processNames`).
 */
export function toTask(
  t: TaskRecord,
  sla: SlaRecord | undefined,
  processName: string | null,
): z.infer<typeof Task> {
  return {
    id: t.id,
    instanceId: t.instanceId,
    definitionId: t.definitionId,
    processId: t.processId,
    processName,
    businessKey: t.businessKey ?? null,
    elementId: t.elementId,
    name: t.name ?? null,
    state: t.state,
    suspended: t.suspended,
    lane: t.lane ?? null,
    assignee: t.assignee ?? null,
    candidateUsers: t.candidateUsers,
    candidateGroups: t.candidateGroups,
    dueAt: iso(t.dueAt),
    promiseDueAt: iso(t.promiseDueAt),
    followUpAt: iso(t.followUpAt),
    priority: t.priority,
    formKey: t.formKey ?? null,
    createdAt: iso(t.createdAt),
    claimedAt: iso(t.claimedAt),
    claimedBy: t.claimedBy ?? null,
    completedAt: iso(t.completedAt),
    completedBy: t.completedBy ?? null,
    sla: toTaskSla(sla),
  };
}

type Sort = z.infer<typeof TaskSort>;

/** An opaque page cursor: the sort and the sort key of the page's last task. */
export function encodeCursor(sort: Sort, t: TaskRecord): string {
  return Buffer.from(
    JSON.stringify([sort, t.id, t.createdAt, t.priority, t.dueAt ?? null, t.promiseDueAt ?? null]),
  ).toString('base64url');
}

/** Reads a cursor back; one made for another sort, or garbled, is a 400 naming `cursor`. */
export function decodeCursor(sort: Sort, cursor: string): TaskCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shape = z
    .tuple([
      z.literal(sort),
      z.string(),
      z.number(),
      z.number(),
      z.number().nullable(),
      z.number().nullable(),
    ])
    .safeParse(parsed);
  if (!shape.success)
    throw new HttpError(
      400,
      'validation-failed',
      `Invalid query: cursor: not a cursor of this sort (${sort})`,
      { in: 'query', field: 'cursor' },
    );
  const [, id, createdAt, priority, dueAt, promiseDueAt] = shape.data;
  return { id, createdAt, priority, dueAt, promiseDueAt };
}
