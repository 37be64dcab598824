import { api, call } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { TimelineEntry } from '../customer/timeline-entry.tsx';
import '../customer/customer.css';

/** Events the short timeline shows: enough to see what came before, few enough to read. */
const SHOWN = 5;
/** Events read to find them: staff see only their lanes' share of what the server reads. */
const READ = 30;

/**
 * The customer behind the task: their business key and the latest few things that happened
 * with them across requests, newest first, with a link to the whole timeline.
 */
export function TaskCustomer({ businessKey }: { businessKey: string | null }) {
  return (
    <section class="panel task-side" aria-labelledby="task-customer-title">
      <h2 class="panel__title" id="task-customer-title">
        {t('task.customer.title')}
      </h2>
      {businessKey ? (
        <ShortTimeline businessKey={businessKey} />
      ) : (
        <p class="muted">{t('tasks.noCustomer')}</p>
      )}
    </section>
  );
}

function ShortTimeline({ businessKey }: { businessKey: string }) {
  const story = useResource(
    () =>
      call(
        api.GET('/api/history/customers/{businessKey}', {
          params: { path: { businessKey }, query: { limit: READ } },
        }),
      ),
    [businessKey],
  );
  const href = `/customers/${encodeURIComponent(businessKey)}`;
  return (
    <>
      <p class="task-side__key mono">{businessKey}</p>
      {story.status === 'loading' && <Loading />}
      {story.status === 'failed' && (
        <Failed title={t('customers.failed')} error={story.error} onRetry={story.reload} />
      )}
      {story.status === 'loaded' && story.data.items.length === 0 && (
        <p class="muted">{t('task.customer.nothing')}</p>
      )}
      {story.status === 'loaded' && story.data.items.length > 0 && (
        <ol class="timeline timeline--short" aria-label={t('task.customer.latest')}>
          {story.data.items.slice(0, SHOWN).map((event) => (
            <TimelineEntry key={event.seq} event={event} />
          ))}
        </ol>
      )}
      <Link class="task-side__more" href={href}>
        {t('task.customer.whole')}
      </Link>
    </>
  );
}
