import { api, call } from '../../api/client.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { useResource } from '../../ui/use-resource.ts';

/** The API pages instances by 200 at most; a full page reads "200+". */
const PAGE = 200;

/** How many instances of a process (or one version) are in a state, from one page of the list. */
export function InstanceCount({
  processId,
  definitionId,
  status,
}: {
  processId?: string;
  definitionId?: string;
  status: 'active' | 'completed';
}) {
  const count = useResource(
    async () =>
      (
        await call(
          api.GET('/api/process-instances', {
            params: { query: { processId, definitionId, status, limit: PAGE } },
          }),
        )
      ).items.length,
    [processId, definitionId, status],
  );
  if (count.status === 'loading') return <span class="muted">…</span>;
  if (count.status === 'failed') return <span class="muted">—</span>;
  return (
    <span>
      {count.data >= PAGE
        ? t('processes.atLeast', { count: formatNumber(PAGE) })
        : formatNumber(count.data)}
    </span>
  );
}
