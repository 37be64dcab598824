import { useEffect } from 'preact/hooks';
import type { Schemas } from '../api/client.ts';
import { formatExact } from '../i18n/format.ts';
import { t } from '../i18n/i18n.ts';
import { SlaBadge } from './sla-badge.tsx';
import { now, tick } from './ticking-now.ts';

type TaskSla = NonNullable<Schemas['TaskSla']>;
type SlaState = TaskSla['state'];

/**
 * The state an open SLA is in at `at`: the server's word, moved on when a deadline passes
 * before its own check is heard (a paused one stays as it is).
 */
export function slaStateAt(sla: TaskSla, at: number): SlaState {
  if (sla.state !== 'on-time' && sla.state !== 'at-risk') return sla.state;
  if (sla.pausedAt) return sla.state;
  if (at >= Date.parse(sla.targetAt)) return 'breached';
  if (at >= Date.parse(sla.atRiskAt)) return 'at-risk';
  return sla.state;
}

/** `4:05` under an hour, `2 h 05 min` above, `3 d 4 h` beyond a day. */
export function clockText(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days) return t('time.daysHours', { days, hours });
  if (hours) return t('time.hoursMinutes', { hours, minutes: String(minutes).padStart(2, '0') });
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A task's promise as it stands this second: its state in colour, word and icon, and the time
 * left (or overdue) to the server's deadline, counted on the server's clock.
 */
export function SlaCountdown({ sla, dueAt }: { sla: TaskSla | null; dueAt: string | null }) {
  useEffect(tick, []);
  const at = now.value;
  const deadline = sla?.targetAt ?? dueAt;
  const state = sla ? slaStateAt(sla, at) : null;
  const left = deadline ? Date.parse(deadline) - at : null;
  return (
    <span class={`countdown countdown--${state ?? 'none'}`}>
      <SlaBadge state={state} />
      {sla?.pausedAt ? (
        <span class="countdown__time">{t('tasks.paused')}</span>
      ) : (
        left !== null && (
          <time class="countdown__time" dateTime={deadline!} title={formatExact(deadline!)}>
            {left >= 0 && state !== 'breached'
              ? t('tasks.left', { time: clockText(left) })
              : t('tasks.overdue', { time: clockText(Math.min(left, 0)) })}
          </time>
        )
      )}
    </span>
  );
}
