import type { Engine, Variables } from './engine-interface.ts';
import { NotFoundError, SuspendedError, taskNotOpen } from './errors.ts';
import type { Definitions } from './definitions.ts';
import { validateForm } from './forms.ts';
import { formSchemaFields, linkedForm } from './linked-form.ts';
import type { InstanceCommands } from './instance-commands.ts';
import type { Clock } from './ports/clock.ts';
import type { Store, TaskCondition, TaskQuery, TaskRecord } from './ports/store.ts';
import { humanTaskAfter } from './lifecycle/human-task.machine.ts';

type TaskCommands = Pick<
  Engine,
  | 'listTasks'
  | 'countTasks'
  | 'getTask'
  | 'claimTask'
  | 'unclaimTask'
  | 'assignTask'
  | 'getTaskForm'
  | 'completeTask'
>;

interface Deps {
  store: Store;
  clock: Clock;
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
  const { store, clock, definitions, command, commit, afterCommand } = deps;

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
