import { useEffect, useRef, useState } from 'preact/hooks';
import { api, call, type Me, type Schemas } from '../../api/client.ts';
import { type LiveEvent, listenLive } from '../../app/live-events.ts';
import { apiQuery, byUrgency, matches, type TaskFilter } from './task-filter.ts';

type Task = Schemas['Task'];

/** Rows per page: a screen and a half at 1280×800. */
export const PAGE_SIZE = 50;

export interface TaskList {
  status: 'loading' | 'failed' | 'loaded';
  error?: unknown;
  tasks: Task[];
  /** True while another page can be read. */
  more: boolean;
  loadMore(): Promise<void>;
  reload(): void;
}

/**
 * The open tasks a filter selects, most urgent first, paged by the server's keyset cursor, and
 * kept current by the live stream: a task that starts matching appears in its place, one that
 * changes is replaced, one that stops matching (completed, claimed away from "mine") leaves.
 * After a broken stream the list is read again, so nothing missed in between stays wrong.
 */
export function useTaskList(filter: TaskFilter, user: Me): TaskList {
  const [state, setState] = useState<{
    status: TaskList['status'];
    error?: unknown;
    tasks: Task[];
    cursor: string | null;
  }>({ status: 'loading', tasks: [], cursor: null });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(filter);
  const current = useRef({ filter, user });
  current.current = { filter, user };

  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, status: 'loading' }));
    readPage(filter, user).then(
      (page) => live && setState({ status: 'loaded', tasks: page.items, cursor: page.nextCursor }),
      (error: unknown) => live && setState({ status: 'failed', error, tasks: [], cursor: null }),
    );
    return () => {
      live = false;
    };
  }, [key, user.username, attempt]);

  useEffect(
    () =>
      listenLive({
        event: (event) =>
          setState((previous) => ({
            ...previous,
            tasks: applyEvent(previous.tasks, previous.cursor !== null, event, current.current),
          })),
        reconnected: () => setAttempt((n) => n + 1),
      }),
    [],
  );

  return {
    status: state.status,
    error: state.error,
    tasks: state.tasks,
    more: state.cursor !== null,
    reload: () => setAttempt((n) => n + 1),
    async loadMore() {
      if (!state.cursor) return;
      const page = await readPage(filter, user, state.cursor);
      setState((previous) => {
        const known = new Set(previous.tasks.map((t) => t.id));
        return {
          ...previous,
          tasks: [...previous.tasks, ...page.items.filter((t) => !known.has(t.id))],
          cursor: page.nextCursor,
        };
      });
    },
  };
}

function readPage(filter: TaskFilter, user: Me, cursor?: string) {
  return call(
    api.GET('/api/tasks', {
      params: { query: { ...apiQuery(filter, user), limit: PAGE_SIZE, cursor } },
    }),
  );
}

/** The rows after one live event. */
function applyEvent(
  tasks: Task[],
  morePages: boolean,
  event: LiveEvent,
  { filter, user }: { filter: TaskFilter; user: Me },
): Task[] {
  if (event.type === 'sla.changed') {
    const { sla } = event;
    return tasks.map((task) =>
      task.sla?.id === sla.id
        ? {
            ...task,
            sla: {
              id: sla.id,
              state: sla.state,
              startedAt: sla.startedAt,
              targetAt: sla.targetAt,
              atRiskAt: sla.atRiskAt,
              pausedAt: sla.pausedAt,
            },
          }
        : task,
    );
  }
  const { task } = event;
  const others = tasks.filter((t) => t.id !== task.id);
  if (!matches(task, filter, user)) return others;
  // A task sorting after the last row read belongs to a page not read yet.
  const last = others.at(-1);
  if (morePages && last && byUrgency(task, last) > 0) return others;
  return [...others, task].sort(byUrgency);
}
