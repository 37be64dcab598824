import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import { me } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
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
  const [failure, setFailure] = useState<string>();

  async function retry(id: string) {
    setFailure(undefined);
    try {
      await call(api.POST('/api/incidents/{id}/retry', { params: { path: { id } } }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
    incidents.reload();
  }

  return (
    <div class="page">
      <PageHeader title={t('incidents.title')} subtitle={t('incidents.subtitle')} />
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      {incidents.status === 'loading' && <Loading />}
      {incidents.status === 'failed' && (
        <Failed title={t('list.error.title')} error={incidents.error} onRetry={incidents.reload} />
      )}
      {incidents.status === 'loaded' && incidents.data.length === 0 && (
        <Empty icon="check" title={t('incidents.empty.title')} body={t('incidents.empty.body')} />
      )}
      {incidents.status === 'loaded' && incidents.data.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('incidents.column.where')}</th>
              <th scope="col">{t('incidents.column.kind')}</th>
              <th scope="col">{t('incidents.column.message')}</th>
              <th scope="col">{t('incidents.column.since')}</th>
              {canRetry && (
                <th scope="col">
                  <span class="visually-hidden">{t('incidents.column.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {incidents.data.map((incident) => (
              <tr key={incident.id}>
                <td>
                  <span class="mono table__primary">{incident.elementId}</span>
                  <div class="mono muted">{incident.instanceId}</div>
                </td>
                <td>{t(`incidents.type.${incident.type}`)}</td>
                <td class="incident-message">{incident.message}</td>
                <td>
                  <RelativeTime at={incident.createdAt} />
                </td>
                {canRetry && (
                  <td>
                    <button
                      type="button"
                      class="button button--small"
                      onClick={() => void retry(incident.id)}
                    >
                      <Icon name="redo" />
                      {t('incidents.retry')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
