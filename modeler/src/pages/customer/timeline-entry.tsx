import type { Schemas } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import { me } from '../../app/session.ts';
import { formatExact, formatTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon, type IconName } from '../../ui/icon.tsx';
import { Link } from '../../ui/link.tsx';

export type CustomerEvent = Schemas['CustomerEvent'];
type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const looks: Record<CustomerEvent['kind'], { icon: IconName; tone: Tone }> = {
  'request.opened': { icon: 'inbox', tone: 'info' },
  'request.resolved': { icon: 'check', tone: 'success' },
  'request.cancelled': { icon: 'cross', tone: 'neutral' },
  'task.created': { icon: 'plus', tone: 'neutral' },
  'task.completed': { icon: 'check', tone: 'info' },
  'message.received': { icon: 'download', tone: 'info' },
  'promise.at-risk': { icon: 'alert', tone: 'warning' },
  'promise.breached': { icon: 'flame', tone: 'danger' },
  'promise.met': { icon: 'check', tone: 'success' },
  'promise.escalated': { icon: 'redo', tone: 'danger' },
  'promise.paused': { icon: 'clock', tone: 'neutral' },
  'promise.resumed': { icon: 'play', tone: 'neutral' },
  'promise.moved': { icon: 'clock', tone: 'warning' },
  engine: { icon: 'process', tone: 'neutral' },
};

const nameOf = (element: CustomerEvent['element'] | undefined) =>
  element ? (element.name ?? element.elementId) : '';

/** The one sentence that says what happened, names as drawn in the diagram. */
export function describe(event: CustomerEvent): string {
  const task = nameOf(event.element);
  switch (event.kind) {
    case 'request.opened':
      return event.userId
        ? t('timeline.request.openedBy', { user: event.userId })
        : t('timeline.request.opened');
    case 'request.resolved':
      return event.reason
        ? t('timeline.request.resolvedAt', { end: event.reason })
        : t('timeline.request.resolved');
    case 'request.cancelled':
      return t('timeline.request.cancelled', { reason: event.reason ?? '' });
    case 'task.created':
      return t('timeline.task.created', { task });
    case 'task.completed':
      return event.userId
        ? t('timeline.task.completed', { user: event.userId, task })
        : t('timeline.task.completedBySystem', { task });
    case 'message.received':
      return t('timeline.message.received', { message: event.messageName ?? task });
    case 'promise.escalated':
      return event.escalatedTo
        ? t('timeline.promise.escalated', { task, target: nameOf(event.escalatedTo) })
        : t('timeline.promise.escalatedNowhere', { task });
    case 'engine':
      return t('timeline.engine', { kind: event.engine?.kind ?? '' });
    default:
      return t(`timeline.${event.kind}`, { task });
  }
}

function outcomeValue(value: unknown): string {
  if (value === true) return t('timeline.yes');
  if (value === false) return t('timeline.no');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A form label before its value: "Channel:", but "Reached the customer?" stays as asked. */
function labelled(label: string): string {
  return /[?:!]$/.test(label) ? label : `${label}:`;
}

/** One event of a customer's story: when, what, where (process, lane) and what was submitted. */
export function TimelineEntry({ event }: { event: CustomerEvent }) {
  const look = looks[event.kind];
  const lane = event.escalatedTo?.lane ?? event.element?.lane;
  return (
    <li class="timeline-entry" data-kind={event.kind}>
      <time class="timeline-entry__time" dateTime={event.at} title={formatExact(event.at)}>
        {formatTime(event.at)}
      </time>
      <span class={`timeline-entry__dot timeline-entry__dot--${look.tone}`}>
        <Icon name={look.icon} size={14} />
      </span>
      <div class="timeline-entry__body">
        <p class="timeline-entry__title">{describe(event)}</p>
        <p class="timeline-entry__meta">
          {includes(me.value?.role ?? 'staff', 'supervisor') ? (
            <Link href={`/instances/${encodeURIComponent(event.instanceId)}`}>
              {event.processName ?? event.processId}
            </Link>
          ) : (
            <span>{event.processName ?? event.processId}</span>
          )}
          {lane && <span>{lane}</span>}
          {event.onBehalfOf && <span>{t('timeline.onBehalfOf', { user: event.onBehalfOf })}</span>}
          {event.dueAt && event.kind !== 'promise.met' && (
            <span>{t('timeline.dueAt', { time: formatTime(event.dueAt) })}</span>
          )}
        </p>
        {event.outcome && event.outcome.length > 0 && (
          <dl class="timeline-entry__outcome">
            {event.outcome.map((field) => (
              <div key={field.name}>
                <dt>{labelled(field.label ?? field.name)}</dt>
                <dd>{outcomeValue(field.value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </li>
  );
}
