import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';

/** The instance's open incidents, the engine's message as written; developers retry each. */
export function InstanceIncidents({
  incidents,
  names,
  canRetry,
  onChanged,
}: {
  incidents: Schemas['Incident'][];
  names: Map<string, string>;
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
      <ul class="incident-list">
        {incidents.map((incident) => (
          <li key={incident.id} class="incident-item">
            <Icon name="alert" />
            <div class="incident-item__text">
              <span class="table__primary">
                {names.get(incident.elementId) ?? incident.elementId}
              </span>{' '}
              <span class="muted">
                {t(`incidents.type.${incident.type}`)} · <RelativeTime at={incident.createdAt} />
              </span>
              <div class="incident-message">{incident.message}</div>
            </div>
            {canRetry && (
              <button
                type="button"
                class="button button--small"
                onClick={() => void retry(incident.id)}
              >
                <Icon name="redo" />
                {t('incidents.retry')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
