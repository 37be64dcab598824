import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { SlaBadge } from '../../ui/sla-badge.tsx';
import type { Task } from './dashboard-data.ts';

/**
 * Running work whose promise is at risk or already broken, most urgent first: the customer,
 * the task (a link to it), its lane and who holds it, and when the promise falls or fell due.
 */
export function AttentionList({ tasks }: { tasks: Task[] }) {
  return (
    <section class="panel dashboard-panel" aria-labelledby="attention-title">
      <h2 id="attention-title" class="panel__title">
        {t('dashboard.attention')}
      </h2>
      {tasks.length === 0 ? (
        <p class="muted">{t('dashboard.attention.none')}</p>
      ) : (
        <ul class="attention-list">
          {tasks.map((task) => (
            <li key={task.id} class="attention-item">
              <SlaBadge state={task.sla?.state ?? null} />
              <div class="attention-item__text">
                <Link href={`/tasks/${encodeURIComponent(task.id)}`} class="table__primary">
                  {task.businessKey && <span class="attention-item__key">{task.businessKey}</span>}
                  {task.name ?? task.elementId}
                </Link>
                <span class="muted">
                  {[task.lane, task.assignee ?? t('tasks.unassigned')].filter(Boolean).join(' · ')}
                </span>
              </div>
              {task.sla && (
                <span class="attention-item__due">
                  <RelativeTime at={task.sla.targetAt} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
