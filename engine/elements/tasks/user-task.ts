import type { Behaviour, Execution } from '../../runtime/execution.ts';
import type { Token } from '../../runtime/instance-state.ts';
import type { FlowNode, TextOrExpression } from '../../model/graph.ts';
import type { TaskRecord } from '../../ports/store.ts';
import { resolveText } from '../../expressions/evaluate.ts';
import { parseDuration, resolveDueDate } from '../../timers/iso8601.ts';
import { durationAdder, type DurationAdder } from '../../runtime/calendar.ts';
import { beginActivity } from '../../runtime/io-mapping.ts';
import { incident } from '../../errors.ts';
import { waitTask } from './wait-task.ts';
import { promiseDueOf } from '../../runtime/request-promise.ts';

/** Camunda's default task priority. */
const DEFAULT_PRIORITY = 50;

/** Creates a human task record and waits for its completion. */
export const userTask: Behaviour = {
  enter(token, node, x) {
    beginActivity(token, node, x);
    const task = buildTask(token, node, x);
    token.state = 'waiting';
    token.taskId = task.id;
    token.dueAt = task.dueAt ?? null;
    x.effects.push({ type: 'task.created', task });
    x.record('task.created', token, {
      taskId: task.id,
      assignee: task.assignee,
      candidateGroups: task.candidateGroups,
    });
  },
  signal: waitTask.signal!,
};

function buildTask(token: Token, node: FlowNode, x: Execution): TaskRecord {
  const spec = node.userTask ?? { candidateUsers: [], candidateGroups: [] };
  const context = x.expressionContext(token);
  const text = (value: TextOrExpression | undefined) =>
    value === undefined ? undefined : resolveText(value, context);
  const list = (values: TextOrExpression[]) => values.flatMap((v) => toList(text(v)));

  const assignee = text(spec.assignee);
  const candidateGroups = list(spec.candidateGroups);
  // A task in a lane with no groups of its own is offered to the lane ("Back office" → back-office).
  if (candidateGroups.length === 0 && node.lane) candidateGroups.push(kebabCase(node.lane));
  const due = text(spec.dueDate);
  const followUp = text(spec.followUpDate);
  const addTime = durationAdder(x, node);
  const priority = text(spec.priority);
  const priorityNumber =
    priority === undefined || priority === '' ? DEFAULT_PRIORITY : Number(priority);
  if (!Number.isFinite(priorityNumber))
    throw incident(`Priority of ${node.id} is not a number: ${String(priority)}`, node.id);

  return {
    id: x.newId(),
    instanceId: x.state.instanceId,
    definitionId: x.state.definitionId,
    processId: x.state.processId,
    businessKey: x.state.businessKey,
    elementId: node.id,
    tokenId: token.id,
    name: node.name ?? null,
    state: 'open',
    lane: node.lane ?? null,
    assignee:
      assignee === undefined || assignee === null || assignee === '' ? null : String(assignee),
    owner: null,
    candidateUsers: list(spec.candidateUsers),
    candidateGroups,
    dueAt: toTime(due, x.ctx.at, node.id, addTime),
    promiseDueAt: promiseDueOf(x, token),
    followUpAt: toTime(followUp, x.ctx.at, node.id, addTime),
    priority: priorityNumber,
    formKey: spec.formKey ?? spec.formRef ?? null,
    createdAt: x.ctx.at,
    claimedAt: null,
    claimedBy: null,
    completedAt: null,
    completedBy: null,
    suspended: false,
  };
}

function toTime(
  value: unknown,
  now: number,
  elementId: string,
  addTime?: DurationAdder,
): number | null {
  if (value === undefined || value === null || value === '') return null;
  try {
    // A relative due date (`PT8H`) counts on the business calendar when one applies.
    if (addTime && typeof value === 'string' && /^P/.test(value.trim()))
      return addTime(now, parseDuration(value.trim()));
    return resolveDueDate(value, now);
  } catch (error) {
    throw incident(`Date of ${elementId} is not valid: ${(error as Error).message}`, elementId);
  }
}

/** Candidate lists come as arrays, comma-separated text or single ids. */
function toList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : String(value).split(',');
  return items.map((item) => String(item).trim()).filter((item) => item.length > 0);
}

/** "Back office" → "back-office". */
export function kebabCase(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
