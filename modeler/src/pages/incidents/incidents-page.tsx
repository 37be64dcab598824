import { api, call } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import { me } from '../../app/session.ts';
import { t } from '../../i18n/i18n.ts';
import { IncidentTable } from '../../ui/incident-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';

/**
 * Open incidents, newest first: where a token is stuck on an error and why (the engine's own
 * message, as written, for the developer who fixes it); developers retry each.
 */
export default function IncidentsPage() {
  const incidents = useResource(
    async () =>
      (await call(api.GET('/api/incidents'))).sort((a, b) =>
        b.createdAt.localeCompare(a.createdAt),
      ),
    [],
  );
  const canRetry = me.value ? includes(me.value.role, 'developer') : false;
  return (
    <div class="page">
      <PageHeader title={t('incidents.title')} subtitle={t('incidents.subtitle')} />
      {incidents.status === 'loading' && <Loading />}
      {incidents.status === 'failed' && (
        <Failed title={t('list.error.title')} error={incidents.error} onRetry={incidents.reload} />
      )}
      {incidents.status === 'loaded' && (
        <IncidentTable
          incidents={incidents.data}
          showInstance
          canRetry={canRetry}
          onChanged={incidents.reload}
        />
      )}
      {incidents.status === 'loaded' && incidents.data.length === 0 && (
        <Empty icon="check" title={t('incidents.empty.title')} body={t('incidents.empty.body')} />
      )}
    </div>
  );
}
