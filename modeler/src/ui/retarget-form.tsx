import { api, call } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { DurationForm } from './duration-form.tsx';

/**
 * Gives a running promise a new target, counted from its start, in minutes, hours or days
 * (supervisors of its lane and above; the server decides).
 */
export function RetargetForm({
  instanceId,
  sla,
  onChanged,
}: {
  instanceId: string;
  sla: { id: string };
  onChanged: () => void;
}) {
  return (
    <DurationForm
      id={`retarget-${sla.id}`}
      label={t('retarget.newTarget')}
      submitLabel={t('retarget.move')}
      clearOnSuccess
      onSubmit={async (duration) => {
        await call(
          api.POST('/api/process-instances/{id}/slas/{slaId}/retarget', {
            params: { path: { id: instanceId, slaId: sla.id } },
            body: { duration },
          }),
        );
        onChanged();
      }}
    />
  );
}
