import type { Me, Schemas } from '../../api/client.ts';

type Task = Schemas['Task'];
export type SlaState = NonNullable<Schemas['TaskSla']>['state'];

/** Which tasks a list shows: a queue, narrowed by the filters. Kept in the address. */
export interface TaskFilter {
  /** `mine` (assigned to me), `group:<id>` (offered to one of my groups) or `all` I may see. */
  queue: string;
  processId?: string;
  lane?: string;
  slaStates?: SlaState[];
  businessKey?: string;
  /** ISO 8601. */
  dueBefore?: string;
}

const TEXT_FIELDS = ['processId', 'lane', 'businessKey', 'dueBefore'] as const;

/** The filter a query string names; the default queue is everything the user may see. */
export function filterFromSearch(search: string): TaskFilter {
  const params = new URLSearchParams(search);
  const filter: TaskFilter = { queue: params.get('queue') || 'all' };
  for (const name of TEXT_FIELDS) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = value;
  }
  const states = params.get('sla')?.split(',').filter(Boolean);
  if (states?.length) filter.slaStates = states as SlaState[];
  return filter;
}

/** The query string of a filter, for the address bar (empty parts left out). */
export function searchOf(filter: TaskFilter): string {
  const params = new URLSearchParams();
  if (filter.queue !== 'all') params.set('queue', filter.queue);
  for (const name of TEXT_FIELDS) if (filter[name]) params.set(name, filter[name]!);
  if (filter.slaStates?.length) params.set('sla', filter.slaStates.join(','));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** `GET /api/tasks` query of a filter: open tasks, most urgent first. */
export function apiQuery(filter: TaskFilter, user: Me) {
  return {
    state: 'open' as const,
    sort: 'due' as const,
    assignee: filter.queue === 'mine' ? user.username : undefined,
    candidateGroup: filter.queue.startsWith('group:') ? filter.queue.slice(6) : undefined,
    processId: filter.processId,
    lane: filter.lane,
    businessKey: filter.businessKey,
    dueBefore: filter.dueBefore,
    slaState: filter.slaStates?.join(','),
  };
}

/**
 * Whether a task the live stream announces belongs in the list, by the same rules the server
 * applies to the query (the stream only sends what the user may see).
 */
export function matches(task: Task, filter: TaskFilter, user: Me): boolean {
  if (task.state !== 'open') return false;
  if (filter.queue === 'mine' && task.assignee !== user.username) return false;
  if (filter.queue.startsWith('group:') && !task.candidateGroups.includes(filter.queue.slice(6)))
    return false;
  if (filter.processId && task.processId !== filter.processId) return false;
  if (filter.lane && task.lane !== filter.lane) return false;
  if (filter.businessKey && task.businessKey !== filter.businessKey) return false;
  if (filter.dueBefore && !(task.dueAt && task.dueAt < filter.dueBefore)) return false;
  if (filter.slaStates?.length && !(task.sla && filter.slaStates.includes(task.sla.state)))
    return false;
  return true;
}

/**
 * The server's urgency order (`sort=due`): due first (none last), then higher priority, then
 * older, then id. A breached task's due date has passed, so it leads.
 */
export function byUrgency(a: Task, b: Task): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return Date.parse(a.dueAt) - Date.parse(b.dueAt);
  }
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.createdAt !== b.createdAt) return Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
