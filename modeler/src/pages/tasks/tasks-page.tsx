import { api, call } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { SlaBadge } from '../../ui/sla-badge.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';

/** Open tasks of the user and their groups, most urgent first. */
export default function TasksPage() {
  const tasks = useResource(
    () => call(api.GET('/api/tasks', { params: { query: { state: 'open', sort: 'due' } } })),
    [],
  );
  return (
    <div class="page">
      <PageHeader title={t('tasks.title')} subtitle={t('tasks.subtitle')} />
      {tasks.status === 'loading' && <Loading />}
      {tasks.status === 'failed' && (
        <Failed title={t('list.error.title')} error={tasks.error} onRetry={tasks.reload} />
      )}
      {tasks.status === 'loaded' && tasks.data.items.length === 0 && (
        <Empty title={t('tasks.empty.title')} body={t('tasks.empty.body')} />
      )}
      {tasks.status === 'loaded' && tasks.data.items.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('tasks.column.task')}</th>
              <th scope="col">{t('tasks.column.process')}</th>
              <th scope="col">{t('tasks.column.assignee')}</th>
              <th scope="col">{t('tasks.column.created')}</th>
              <th scope="col">{t('tasks.column.due')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.data.items.map((task) => (
              <tr key={task.id}>
                <td class="table__primary">{task.name ?? task.elementId}</td>
                <td>
                  <span class="mono">{task.processId}</span>
                  {task.businessKey && <span class="muted"> · {task.businessKey}</span>}
                </td>
                <td>{task.assignee ?? <span class="muted">{t('tasks.unassigned')}</span>}</td>
                <td>
                  <RelativeTime at={task.createdAt} />
                </td>
                <td>
                  <span class="due">
                    <SlaBadge state={task.sla?.state ?? null} />
                    {task.dueAt && <RelativeTime at={task.dueAt} />}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
