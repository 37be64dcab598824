import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { RetargetForm } from '../../ui/retarget-form.tsx';
import { SlaBadge } from '../../ui/sla-badge.tsx';
import { type Task, urgentAt } from './dashboard-data.ts';

/** The states of a promise still running, which a new target can move. */
const running = new Set(['on-time', 'at-risk', 'breached']);

/** True when the request's promise the task carries had fallen due when the list was read. */
const promiseBroken = (task: Task, readAt: number) =>
  task.promiseDueAt !== null && Date.parse(task.promiseDueAt) <= readAt;

/**
 * Running work whose promise is at risk or already broken (its own, or its request's after an
 * escalation), most urgent first: the customer, the task (a link to it), its lane and who
 * holds it, and when the promise falls or fell due. A supervisor moves a task's own promise
 * from here (a premium customer given more time); a broken one stays broken on record.
 */
export function AttentionList({
  tasks,
  readAt,
  onMoved,
}: {
  tasks: Task[];
  readAt: number;
  /** A promise was given a new target: the figures are read again. */
  onMoved: () => void;
}) {
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
              <SlaBadge
                state={promiseBroken(task, readAt) ? 'breached' : (task.sla?.state ?? null)}
              />
              <div class="attention-item__text">
                <Link href={`/tasks/${encodeURIComponent(task.id)}`} class="table__primary">
                  {task.businessKey && <span class="attention-item__key">{task.businessKey}</span>}
                  {task.name ?? task.elementId}
                </Link>
                <span class="muted">
                  {[task.lane, task.assignee ?? t('tasks.unassigned')].filter(Boolean).join(' · ')}
                </span>
                {task.sla && running.has(task.sla.state) && (
                  <details class="attention-item__move">
                    <summary>{t('dashboard.attention.move')}</summary>
                    <RetargetForm instanceId={task.instanceId} sla={task.sla} onChanged={onMoved} />
                  </details>
                )}
              </div>
              <span class="attention-item__due">
                <RelativeTime at={urgentAt(task)} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
