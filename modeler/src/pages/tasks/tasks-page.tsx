import { useState } from 'preact/hooks';
import { includes } from '../../app/roles.ts';
import { location, navigate } from '../../app/router.ts';
import { rememberTaskList } from '../../app/task-list-address.ts';
import { me } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { BulkBar } from './bulk-bar.tsx';
import { FilterBar } from './filter-bar.tsx';
import { taskActions } from './task-actions.ts';
import { SavedFilters } from './saved-filters.tsx';
import { filterFromSearch, searchOf, type TaskFilter } from './task-filter.ts';
import { TaskRow } from './task-row.tsx';
import { useTaskKeys } from './use-task-keys.ts';
import { useTaskList } from './use-task-list.ts';

/**
 * Staff's work: the open tasks of a queue (mine, one of my groups, all I may see), most urgent
 * first, each with its promise ticking; live, filtered through the address, worked with the
 * mouse or the keyboard. Supervisors also act on several tasks at once.
 */
export default function TasksPage() {
  const user = me.value!;
  const filter = filterFromSearch(location.value.split('?')[1] ?? '');
  rememberTaskList(`/tasks${searchOf(filter)}`);
  const list = useTaskList(filter, user);
  const [failure, setFailure] = useState<string>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const supervises = includes(user.role, 'supervisor');

  const act = async (run: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await run();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  const onAll = (run: (id: string) => Promise<unknown>) =>
    act(async () => {
      for (const id of selected) await run(id);
      setSelected(new Set());
    });
  const keys = useTaskKeys(list.tasks, {
    open: (task) => navigate(`/tasks/${encodeURIComponent(task.id)}`),
    claim: (task) => void act(() => taskActions.claim(task.id)),
    unclaim: (task) => void act(() => taskActions.unclaim(task.id)),
  });
  const change = (next: TaskFilter) => navigate(`/tasks${searchOf(next)}`, { replace: true });
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => v !== null))].sort();

  return (
    <div class="page">
      <PageHeader title={t('tasks.title')} subtitle={t('tasks.subtitle')}>
        <Link class="button button--primary" href="/start">
          <Icon name="plus" />
          {t('tasks.startRequest')}
        </Link>
      </PageHeader>
      <FilterBar
        user={user}
        filter={filter}
        processes={distinct(list.tasks.map((task) => task.processId)).map((id) => ({
          id,
          name: list.tasks.find((task) => task.processId === id)?.processName ?? null,
        }))}
        lanes={distinct(list.tasks.map((task) => task.lane))}
        onChange={change}
      />
      <SavedFilters
        search={searchOf(filter)}
        onOpen={(search) => navigate(`/tasks${search}`, { replace: true })}
      />
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      {supervises && selected.size > 0 && (
        <BulkBar
          count={selected.size}
          onClaim={() => void onAll(taskActions.claim)}
          onAssign={(person) => void onAll((id) => taskActions.assign(id, person))}
          onDelegate={(person) => void onAll((id) => taskActions.delegate(id, person))}
          onClear={() => setSelected(new Set())}
        />
      )}
      {list.status === 'loading' && list.tasks.length === 0 && <Loading />}
      {list.status === 'failed' && (
        <Failed title={t('list.error.title')} error={list.error} onRetry={list.reload} />
      )}
      {list.status === 'loaded' && list.tasks.length === 0 && (
        <Empty title={t('tasks.empty.title')} body={t('tasks.empty.body')} />
      )}
      {list.tasks.length > 0 && (
        <>
          <table class="table task-table" onKeyDown={keys.onKeyDown}>
            <caption class="visually-hidden">{t('tasks.keys')}</caption>
            <thead>
              <tr>
                {supervises && (
                  <th scope="col">
                    <span class="visually-hidden">{t('tasks.column.select')}</span>
                  </th>
                )}
                <th scope="col">{t('tasks.column.customer')}</th>
                <th scope="col">{t('tasks.column.task')}</th>
                <th scope="col">{t('tasks.column.promise')}</th>
                <th scope="col">{t('tasks.column.assignee')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('tasks.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.tasks.map((task, index) => (
                <TaskRow
                  key={task.id}
                  task={task}
                  me={user.username}
                  focused={index === keys.focused}
                  selectable={supervises}
                  selected={selected.has(task.id)}
                  onSelect={(on) => {
                    const next = new Set(selected);
                    if (on) next.add(task.id);
                    else next.delete(task.id);
                    setSelected(next);
                  }}
                  onFocus={() => keys.setFocused(index)}
                  onClaim={() => void act(() => taskActions.claim(task.id))}
                  onUnclaim={() => void act(() => taskActions.unclaim(task.id))}
                />
              ))}
            </tbody>
          </table>
          <p class="task-table__footer">
            <span class="muted">{t('tasks.keysHint')}</span>
            {list.more && (
              <button type="button" class="button" onClick={() => void act(list.loadMore)}>
                {t('tasks.more')}
              </button>
            )}
          </p>
        </>
      )}
    </div>
  );
}
