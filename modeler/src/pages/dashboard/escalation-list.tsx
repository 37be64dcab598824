import { formatTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import type { Escalation } from './dashboard-data.ts';

/** How many escalations the dashboard names; the count covers them all. */
const SHOWN = 6;

const nameOf = (element: Escalation['element']) =>
  element ? (element.name ?? element.elementId) : '';

/**
 * The period's escalations, newest first: when, whose (a link to the customer's story), which
 * event moved the work on and to what, in which lane.
 */
export function EscalationList({ escalations }: { escalations: Escalation[] }) {
  if (escalations.length === 0) return <p class="muted">{t('dashboard.escalations.none')}</p>;
  return (
    <ul class="escalation-list">
      {escalations.slice(0, SHOWN).map((e) => (
        <li key={`${e.instanceId}-${e.seq}`} class="escalation-item">
          <time class="escalation-item__time" dateTime={e.at}>
            {formatTime(e.at)}
          </time>
          {e.businessKey ? (
            <Link href={`/customers/${encodeURIComponent(e.businessKey)}`} class="mono">
              {e.businessKey}
            </Link>
          ) : (
            <span />
          )}
          <span>
            {t('dashboard.escalation', {
              event: nameOf(e.element),
              work: e.escalatedTo ? nameOf(e.escalatedTo) : '–',
            })}
            {e.escalatedTo?.lane && <span class="muted"> · {e.escalatedTo.lane}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
