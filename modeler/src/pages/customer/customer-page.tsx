import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import type { PageProps } from '../../app/routes.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { CustomerDirectory } from './customer-directory.tsx';
import { type CustomerEvent, TimelineEntry } from './timeline-entry.tsx';
import './customer.css';

/** History lines one page of the timeline covers. */
const PAGE = 100;

type Story =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; events: CustomerEvent[]; nextBefore: number | null };

/**
 * A customer's story (`/customers/:businessKey`): every request opened with their business key,
 * across processes, newest first and paged back in time; `/customers` lists the customers,
 * narrowed as the key is typed.
 */
export default function CustomerPage({ params }: PageProps) {
  const businessKey = params.businessKey;
  const [story, setStory] = useState<Story>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [olderFailed, setOlderFailed] = useState<string>();
  const [typed, setTyped] = useState(businessKey ?? '');
  useEffect(() => setTyped(businessKey ?? ''), [businessKey]);

  const fetchPage = (before?: number) =>
    call(
      api.GET('/api/history/customers/{businessKey}', {
        params: { path: { businessKey: businessKey! }, query: { limit: PAGE, before } },
      }),
    );

  useEffect(() => {
    if (!businessKey) return;
    let current = true;
    setStory({ status: 'loading' });
    fetchPage().then(
      (page) =>
        current && setStory({ status: 'loaded', events: page.items, nextBefore: page.nextBefore }),
      (error: unknown) => current && setStory({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [businessKey, attempt]);

  async function loadOlder() {
    if (story.status !== 'loaded' || story.nextBefore === null) return;
    setOlderFailed(undefined);
    try {
      const page = await fetchPage(story.nextBefore);
      setStory({
        status: 'loaded',
        events: [...story.events, ...page.items],
        nextBefore: page.nextBefore,
      });
    } catch (error) {
      setOlderFailed(errorMessage(error));
    }
  }

  return (
    <div class="page customer-page">
      <PageHeader title={businessKey ?? t('customers.title')} subtitle={t('customers.subtitle')}>
        <CustomerSearch value={typed} onInput={setTyped} />
      </PageHeader>
      {!businessKey && <CustomerDirectory typed={typed} />}
      {businessKey && story.status === 'loading' && <Loading />}
      {businessKey && story.status === 'failed' && (
        <Failed
          title={t('customers.failed')}
          error={story.error}
          onRetry={() => setAttempt(attempt + 1)}
        />
      )}
      {businessKey && story.status === 'loaded' && story.events.length === 0 && (
        <Empty
          icon="inbox"
          title={t('customers.empty.title', { businessKey })}
          body={t('customers.empty.body')}
        />
      )}
      {businessKey && story.status === 'loaded' && story.events.length > 0 && (
        <>
          {byDay(story.events).map(([day, events]) => (
            <section key={day} class="timeline-day">
              <h2 class="timeline-day__title">{day}</h2>
              <ol class="timeline">
                {events.map((event) => (
                  <TimelineEntry key={event.seq} event={event} />
                ))}
              </ol>
            </section>
          ))}
          {olderFailed && (
            <p class="callout callout--error" role="alert">
              {olderFailed}
            </p>
          )}
          {story.nextBefore !== null ? (
            <button type="button" class="button" onClick={() => void loadOlder()}>
              {t('customers.older')}
            </button>
          ) : (
            <p class="muted timeline-end">{t('customers.start')}</p>
          )}
        </>
      )}
    </div>
  );
}

/** Events in runs of one day each, newest day first, as the events come. */
function byDay(events: CustomerEvent[]): [string, CustomerEvent[]][] {
  const days: [string, CustomerEvent[]][] = [];
  for (const event of events) {
    const day = formatDay(event.at);
    const last = days[days.length - 1];
    if (last && last[0] === day) last[1].push(event);
    else days.push([day, [event]]);
  }
  return days;
}

/** The business key to look up; the address carries it, so a story can be linked. */
function CustomerSearch({ value, onInput }: { value: string; onInput: (key: string) => void }) {
  return (
    <search>
      <form
        class="customer-search"
        onSubmit={(e) => {
          e.preventDefault();
          const wanted = value.trim();
          if (wanted) navigate(`/customers/${encodeURIComponent(wanted)}`);
        }}
      >
        <label class="visually-hidden" for="customer-key">
          {t('customers.search')}
        </label>
        <input
          id="customer-key"
          class="input"
          name="businessKey"
          type="search"
          autocomplete="off"
          value={value}
          placeholder={t('customers.search')}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button button--primary">
          <Icon name="search" />
          {t('customers.show')}
        </button>
      </form>
    </search>
  );
}
