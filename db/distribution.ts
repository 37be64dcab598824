import type { HistoryEntry, TaskDistribution, UnitOfWork } from '../engine/ports/store.ts';

/**
 * Work distribution as every store runs it inside its commit transaction: read each pool's
 * turn (`poolsToRead`), decide (`assignDistributed`, pure), write the new turns and the work.
 * The transaction holds the pool's turn row from the read to the commit, so two engines
 * sharing the store serialise on it and neither hands out the same turn twice.
 */

/** What a store reads for one pool: its turn, and for least-busy the members' open tasks. */
export interface PoolRead {
  pool: string;
  /** Every member any distribution of this pool names, sorted. */
  members: string[];
  countOpen: boolean;
}

/** A pool's turn as read: who got its last task, and open tasks per member (least-busy only). */
export interface PoolState {
  last: string | null;
  open: Map<string, number>;
}

/** The pools a unit of work distributes to, each once. */
export function poolsToRead(distributions: readonly TaskDistribution[]): PoolRead[] {
  const pools = new Map<string, PoolRead>();
  for (const d of distributions) {
    const read = pools.get(d.pool) ?? { pool: d.pool, members: [], countOpen: false };
    read.members = [...new Set([...read.members, ...d.members])].sort();
    read.countOpen ||= d.policy === 'least-busy';
    pools.set(d.pool, read);
  }
  return [...pools.values()];
}

/**
 * The unit of work with each distributed task assigned, and a `task.assigned` history line
 * saying by which policy (and, for least-busy, how many open tasks the assignee had), plus each
 * pool's new last assignee. Several tasks of one pool in one unit take consecutive turns.
 */
export function assignDistributed(
  work: UnitOfWork,
  states: ReadonlyMap<string, PoolState>,
): { work: UnitOfWork; turns: Map<string, string> } {
  const turns = new Map<string, string>();
  const decided = new Map<string, { assignee: string; line: HistoryEntry }>();
  const tasks = new Map((work.tasks ?? []).map((task) => [task.id, task]));
  for (const d of work.distributions ?? []) {
    const task = tasks.get(d.taskId);
    const state = states.get(d.pool);
    if (!task || !state || d.members.length === 0) continue;
    const members = [...new Set(d.members)].sort();
    // Members after the last one first, then from the start: the order turns are taken in.
    const after = members.findIndex((m) => state.last !== null && m > state.last);
    const inTurn = after < 0 ? members : [...members.slice(after), ...members.slice(0, after)];
    const openOf = (member: string) => state.open.get(member) ?? 0;
    const assignee =
      d.policy === 'least-busy'
        ? inTurn.reduce((best, m) => (openOf(m) < openOf(best) ? m : best))
        : inTurn[0]!;
    const data: Record<string, unknown> = {
      taskId: task.id,
      assignee,
      distribution: d.policy,
      pool: d.pool,
    };
    if (d.policy === 'least-busy') data.openTasks = openOf(assignee);
    state.last = assignee;
    state.open.set(assignee, openOf(assignee) + 1);
    turns.set(d.pool, assignee);
    decided.set(task.id, {
      assignee,
      line: {
        instanceId: task.instanceId,
        kind: 'task.assigned',
        elementId: task.elementId,
        tokenId: task.tokenId,
        at: task.createdAt,
        userId: null,
        data,
      },
    });
  }
  if (decided.size === 0) return { work, turns };
  return {
    work: {
      ...work,
      tasks: work.tasks?.map((task) => {
        const assigned = decided.get(task.id);
        return assigned
          ? { ...task, assignee: assigned.assignee, claimedAt: task.createdAt }
          : task;
      }),
      history: [...(work.history ?? []), ...[...decided.values()].map((d) => d.line)],
    },
    turns,
  };
}
