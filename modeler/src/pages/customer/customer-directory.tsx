import { useEffect, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';

/** Customers a page of the directory shows. */
const SHOWN = 20;
/** Typing pauses this long before the list follows it. */
const SETTLE_MS = 200;

/**
 * The customers the user may see, latest request first (`/api/history/customers`), narrowed to
 * the business keys that start with what is typed in the search box.
 */
export function CustomerDirectory({ typed }: { typed: string }) {
  const prefix = useSettled(typed.trim(), SETTLE_MS);
  const customers = useResource(
    () =>
      call(
        api.GET('/api/history/customers', {
          params: { query: { limit: SHOWN, prefix: prefix || undefined } },
        }),
      ),
    [prefix],
  );

  if (customers.status === 'loading') return <Loading />;
  if (customers.status === 'failed')
    return (
      <Failed
        title={t('customers.list.failed')}
        error={customers.error}
        onRetry={customers.reload}
      />
    );
  const { items } = customers.data;
  if (items.length === 0)
    return prefix ? (
      <Empty icon="search" title={t('customers.list.none', { prefix })} />
    ) : (
      <Empty icon="search" title={t('customers.prompt.title')} body={t('customers.prompt.body')} />
    );
  return (
    <section aria-labelledby="customers-recent">
      <h2 id="customers-recent" class="section-title">
        {prefix ? t('customers.list.matching', { prefix }) : t('customers.list.recent')}
      </h2>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('customers.list.customer')}</th>
            <th scope="col" class="numeric">
              {t('customers.list.requests')}
            </th>
            <th scope="col" class="numeric">
              {t('customers.list.open')}
            </th>
            <th scope="col">{t('customers.list.last')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.businessKey}>
              <th scope="row">
                <Link
                  class="table__primary"
                  href={`/customers/${encodeURIComponent(c.businessKey)}`}
                >
                  {c.businessKey}
                </Link>
              </th>
              <td class="numeric">{c.requests}</td>
              <td class="numeric">{c.open}</td>
              <td>
                <RelativeTime at={c.lastRequestAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** `value` once it has stopped changing for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
