import type { Engine, Variables } from './engine-interface.ts';
import { NotFoundError, SuspendedError, taskNotOpen } from './errors.ts';
import type { Definitions } from './definitions.ts';
import { validateForm } from './forms.ts';
import { formSchemaFields, linkedForm } from './linked-form.ts';
import type { InstanceCommands } from './instance-commands.ts';
import type { Clock } from './ports/clock.ts';
import type { IdGenerator } from './ports/ids.ts';
import type { Store, TaskCondition, TaskQuery, TaskRecord } from './ports/store.ts';
import type { TaskChange } from './engine-interface.ts';
import { humanTaskAfter } from './lifecycle/human-task.machine.ts';
import type { InstanceEvent } from './lifecycle/instance.machine.ts';

type TaskCommands = Pick<
  Engine,
  | 'listTasks'
  | 'countTasks'
  | 'getTask'
  | 'claimTask'
  | 'unclaimTask'
  | 'assignTask'
  | 'updateTask'
  | 'getTaskForm'
  | 'completeTask'
  | 'bpmnErrorTask'
  | 'escalateTask'
  | 'commentOnTask'
  | 'listTaskComments'
>;

interface Deps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  definitions: Definitions;
  command: InstanceCommands['command'];
  commit: InstanceCommands['commit'];
  afterCommand(): Promise<void>;
  variablesOf(instanceId: string): Promise<Variables>;
}

/**
 * Human tasks: claims, assignments and completions. A claim or assignment changes only the task
 * row, under the condition that it is still as read, so of two racing claims one wins; a
 * completion advances the instance, checked against the task's generated form.
 */
export function createTaskCommands(deps: Deps): TaskCommands {
  const { store, clock, ids, definitions, command, commit, afterCommand } = deps;

  async function getTask(id: string): Promise<TaskRecord> {
    const task = await store.getTask(id);
    if (!task) throw new NotFoundError('task-not-found', `Task ${id} does not exist`);
    return task;
  }

  /** A task someone may act on: open, and not held by its instance's suspension (Camunda 7). */
  async function openTask(taskId: string): Promise<TaskRecord> {
    const task = await getTask(taskId);
    if (task.state !== 'open') throw taskNotOpen(task);
    if (task.suspended) throw new SuspendedError('task', task.id);
    return task;
  }

  /**
   * A task's form: its key, the form-js schema it links (deployed as a `.form` file), and the
   * fields a completion is checked against: the generated form's, else the linked form's.
   */
  async function formOf(task: TaskRecord) {
    const definition = await definitions.byId(task.definitionId);
    const spec = definition.graph.nodes[task.elementId]?.userTask;
    const schema = await linkedForm(store, definition.record, spec);
    const fields = spec?.formFields ?? (schema ? formSchemaFields(schema) : []);
    return { formKey: task.formKey ?? null, fields, schema };
  }

  /** The task must still be as read when the change commits: of two racing claims, one wins. */
  const unchanged = (task: TaskRecord): TaskCondition[] => [
    { id: task.id, assignee: task.assignee ?? null, state: task.state },
  ];

  /**
   * Throws a BPMN error or escalation from a human task: whoever may complete the task may
   * throw from it (held by someone else, only `forOthers`). The task is read again on a retry
   * after a conflict; a claim landing before the commit refuses it.
   */
  async function throwFromTask(
    taskId: string,
    { userId, forOthers }: { userId: string | null; forOthers: boolean },
    thrown: (task: TaskRecord) => {
      event: InstanceEvent;
      kind: string;
      data: Record<string, unknown>;
    },
  ): Promise<void> {
    const done = { type: 'complete', userId, onBehalf: forOthers } as const;
    const first = await openTask(taskId);
    humanTaskAfter(first, done);
    let task = first;
    let unread: TaskRecord | undefined = first;
    await command(
      first.instanceId,
      async () => {
        task = unread ?? (await openTask(taskId));
        unread = undefined;
        humanTaskAfter(task, done);
        return thrown(task).event;
      },
      () => {
        const { kind, data } = thrown(task);
        return {
          taskConditions: unchanged(task),
          history: [
            {
              instanceId: task.instanceId,
              kind,
              elementId: task.elementId,
              at: clock.now(),
              userId,
              data,
            },
          ],
        };
      },
    );
    await afterCommand();
  }

  return {
    listTasks: (query: TaskQuery) => store.listTasks(query),
    countTasks: (query: TaskQuery) => store.countTasks(query),

    getTask,

    async claimTask(taskId, userId) {
      const task = await openTask(taskId);
      const next = humanTaskAfter(task, { type: 'claim', userId });
      const at = clock.now();
      await commit({
        tasks: [{ ...task, ...next, claimedAt: at, claimedBy: userId }],
        taskConditions: unchanged(task),
        history: [
          {
            instanceId: task.instanceId,
            kind: 'task.claimed',
            elementId: task.elementId,
            at,
            userId,
            data: { taskId },
          },
        ],
      });
    },

    async unclaimTask(taskId, { userId } = {}) {
      const task = await openTask(taskId);
      const next = humanTaskAfter(task, { type: 'unclaim' });
      const at = clock.now();
      await commit({
        tasks: [{ ...task, ...next, claimedAt: null, claimedBy: null }],
        taskConditions: unchanged(task),
        history: [
          {
            instanceId: task.instanceId,
            kind: 'task.unclaimed',
            elementId: task.elementId,
            at,
            userId: userId ?? null,
            data: { taskId },
          },
        ],
      });
    },

    async assignTask(taskId, assignee, { userId, owner } = {}) {
      const task = await openTask(taskId);
      const next = humanTaskAfter(
        task,
        owner && assignee ? { type: 'delegate', assignee, owner } : { type: 'assign', assignee },
      );
      const at = clock.now();
      await commit({
        tasks: [
          {
            ...task,
            ...next,
            claimedAt: assignee ? at : null,
            claimedBy: assignee ? (userId ?? assignee) : null,
          },
        ],
        taskConditions: unchanged(task),
        history: [
          {
            instanceId: task.instanceId,
            kind: owner ? 'task.delegated' : 'task.assigned',
            elementId: task.elementId,
            at,
            userId: userId ?? null,
            data: { taskId, assignee, ...(owner ? { owner } : {}) },
          },
        ],
      });
    },

    async updateTask(taskId, change, { userId } = {}) {
      const task = await openTask(taskId);
      const changed = (Object.keys(change) as (keyof TaskChange)[]).filter(
        (key) =>
          change[key] !== undefined &&
          JSON.stringify(change[key] ?? null) !== JSON.stringify(task[key] ?? null),
      );
      if (changed.length === 0) return;
      const at = clock.now();
      const { assignee, ...fields } = change;
      let next: TaskRecord = { ...task };
      for (const key of Object.keys(fields) as (keyof typeof fields)[])
        if (fields[key] !== undefined) Object.assign(next, { [key]: fields[key] });
      const reassigned = changed.includes('assignee');
      if (reassigned) {
        // A delegated task handed to someone else stays delegated by its owner (Camunda keeps it).
        const event =
          task.owner && assignee
            ? ({ type: 'delegate', assignee, owner: task.owner } as const)
            : ({ type: 'assign', assignee: assignee ?? null } as const);
        next = {
          ...next,
          ...humanTaskAfter(task, event),
          claimedAt: assignee ? at : null,
          claimedBy: assignee ? (userId ?? assignee) : null,
        };
      }
      const base = { instanceId: task.instanceId, elementId: task.elementId, at };
      await commit({
        tasks: [next],
        taskConditions: unchanged(task),
        history: [
          ...(changed.some((key) => key !== 'assignee')
            ? [
                {
                  ...base,
                  kind: 'task.updated',
                  userId: userId ?? null,
                  data: { taskId, changed: changed.filter((key) => key !== 'assignee') },
                },
              ]
            : []),
          ...(reassigned
            ? [
                {
                  ...base,
                  kind: 'task.assigned',
                  userId: userId ?? null,
                  data: { taskId, assignee: assignee ?? null },
                },
              ]
            : []),
        ],
      });
    },

    async bpmnErrorTask(
      taskId,
      { errorCode, errorMessage, variables = {}, userId = null, forOthers = false },
    ) {
      // The external tasks' path (`token.error`), except that an error nothing catches ends
      // the task's path as a none end event would (Camunda's TaskService.handleBpmnError).
      await throwFromTask(taskId, { userId, forOthers }, (task) => ({
        event: {
          type: 'token.error',
          tokenId: task.tokenId,
          errorCode,
          errorMessage,
          variables,
          uncaught: 'end',
          at: clock.now(),
          userId,
        },
        kind: 'task.bpmnError',
        data: { taskId, errorCode },
      }));
    },

    async escalateTask(
      taskId,
      { escalationCode, variables = {}, userId = null, forOthers = false },
    ) {
      // A non-interrupting catch leaves the task open; an interrupting one cancels it.
      await throwFromTask(taskId, { userId, forOthers }, (task) => ({
        event: {
          type: 'token.escalate',
          tokenId: task.tokenId,
          escalationCode,
          variables,
          at: clock.now(),
          userId,
        },
        kind: 'task.escalated',
        data: { taskId, escalationCode },
      }));
    },

    async commentOnTask(taskId, message, { userId = null } = {}) {
      const task = await openTask(taskId);
      const comment = {
        id: ids.next(),
        taskId,
        instanceId: task.instanceId,
        userId,
        at: clock.now(),
        message,
      };
      await store.addTaskComment(comment);
      return comment;
    },

    async listTaskComments(taskId) {
      await getTask(taskId);
      return store.listTaskComments(taskId);
    },

    async getTaskForm(taskId) {
      return formOf(await getTask(taskId));
    },

    async completeTask(taskId, { variables = {}, userId = null, forOthers = false } = {}) {
      const first = await openTask(taskId);
      // Held by someone else: only a caller allowed to complete for them (`forOthers`) gets through.
      const done = { type: 'complete', userId, onBehalf: forOthers } as const;
      humanTaskAfter(first, done);
      const { fields } = await formOf(first);
      if (fields.length > 0)
        validateForm(fields, variables, await deps.variablesOf(first.instanceId));
      // The first attempt uses the task as read above; a retry after a conflict reads it again.
      let unread: TaskRecord | undefined = first;
      let task = first;
      await command(
        first.instanceId,
        async () => {
          task = unread ?? (await openTask(taskId));
          unread = undefined;
          humanTaskAfter(task, done);
          return {
            type: 'token.signal',
            tokenId: task.tokenId,
            variables,
            at: clock.now(),
            userId,
          };
        },
        () => {
          const at = clock.now();
          // Done by someone other than the assignee: history says for whom.
          const onBehalfOf =
            task.assignee && task.assignee !== userId ? { onBehalfOf: task.assignee } : {};
          return {
            // A claim by someone else landing before this commit refuses the completion.
            taskConditions: unchanged(task),
            tasks: [
              { ...task, ...humanTaskAfter(task, done), completedAt: at, completedBy: userId },
            ],
            history: [
              {
                instanceId: task.instanceId,
                kind: 'task.completed',
                elementId: task.elementId,
                at,
                userId,
                data: { taskId, ...onBehalfOf },
              },
            ],
          };
        },
      );
      await afterCommand();
    },
  };
}
