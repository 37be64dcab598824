import type { Schemas } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { SlaCountdown } from '../../ui/sla-countdown.tsx';

type Task = Schemas['TaskDetail'];

/**
 * The promise guarding the task, as a record: its state and time left ticking, the target,
 * when its clock started and when it turns at risk, and, while the request waits on the customer, that
 * the clock is paused and since when. The request's own promise follows when it falls due at
 * another time.
 */
export function TaskPromise({ task }: { task: Task }) {
  const { sla } = task;
  return (
    <section class="panel task-side" aria-labelledby="task-promise-title">
      <h2 class="panel__title" id="task-promise-title">
        {t('task.promise.title')}
      </h2>
      <SlaCountdown sla={sla} dueAt={task.dueAt} />
      <dl class="facts task-side__facts">
        {sla && (
          <>
            <dt>{t('task.promise.target')}</dt>
            <dd>{formatDateTime(sla.targetAt)}</dd>
            <dt>{t('task.promise.started')}</dt>
            <dd>{formatDateTime(sla.startedAt)}</dd>
            <dt>{t('task.promise.atRisk')}</dt>
            <dd>{formatDateTime(sla.atRiskAt)}</dd>
            {sla.pausedAt && (
              <>
                <dt>{t('task.promise.paused')}</dt>
                <dd>{t('task.promise.pausedSince', { time: formatDateTime(sla.pausedAt) })}</dd>
              </>
            )}
          </>
        )}
        {!sla && task.dueAt && (
          <>
            <dt>{t('task.promise.due')}</dt>
            <dd>{formatDateTime(task.dueAt)}</dd>
          </>
        )}
        {task.promiseDueAt && task.promiseDueAt !== (sla?.targetAt ?? task.dueAt) && (
          <>
            <dt>{t('task.promise.request')}</dt>
            <dd>{formatDateTime(task.promiseDueAt)}</dd>
          </>
        )}
      </dl>
      {!sla && !task.dueAt && <p class="muted">{t('task.promise.none')}</p>}
    </section>
  );
}
