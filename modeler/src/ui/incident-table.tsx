import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../api/client.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { hasMessage, t } from '../i18n/i18n.ts';
import { Icon } from './icon.tsx';
import { RelativeTime } from './relative-time.tsx';

/**
 * Open incidents: where a token is stuck (the element, by its drawn name when `names` has it,
 * and its instance when `showInstance`), the kind, the engine's message as written and since
 * when; developers (`canRetry`) run the stuck element again, and `onChanged` reloads the list.
 * A refused retry stays said above it, also when the list is empty by then. Shared by the
 * incidents page and an instance's page.
 */
export function IncidentTable({
  incidents,
  names,
  showInstance,
  canRetry,
  onChanged,
}: {
  incidents: Schemas['Incident'][];
  names?: Map<string, string>;
  showInstance: boolean;
  canRetry: boolean;
  onChanged: () => void;
}) {
  const [failure, setFailure] = useState<string>();

  async function retry(id: string) {
    setFailure(undefined);
    try {
      await call(api.POST('/api/incidents/{id}/retry', { params: { path: { id } } }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
    onChanged();
  }

  return (
    <>
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      {incidents.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">
                {t(showInstance ? 'incidents.column.where' : 'incidents.column.element')}
              </th>
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
            {incidents.map((incident) => {
              const name = names?.get(incident.elementId);
              // An incident raised by hand keeps the type it was given; it is resolved, not retried.
              const typeKey = `incidents.type.${incident.type}`;
              const ownType = hasMessage(typeKey);
              return (
                <tr key={incident.id}>
                  <td>
                    <span class={name ? 'table__primary' : 'mono table__primary'}>
                      {name ?? incident.elementId}
                    </span>
                    {showInstance && <div class="mono muted">{incident.instanceId}</div>}
                  </td>
                  <td>{ownType ? t(typeKey) : <span class="mono">{incident.type}</span>}</td>
                  <td class="incident-message">{incident.message}</td>
                  <td>
                    <RelativeTime at={incident.createdAt} />
                  </td>
                  {canRetry && (
                    <td>
                      {ownType && (
                        <button
                          type="button"
                          class="button button--small"
                          onClick={() => void retry(incident.id)}
                        >
                          <Icon name="redo" />
                          {t('incidents.retry')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
