import type { Schemas } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { RetargetForm } from '../../ui/retarget-form.tsx';
import { SlaBadge } from '../../ui/sla-badge.tsx';

type Sla = Schemas['Sla'];

/**
 * The promises of an instance, running and closed: where, state, target and time left; a
 * running one gets a new target counted from its start (supervisors and above).
 */
export function InstanceSlas({
  instanceId,
  slas,
  names,
  canRetarget,
  onChanged,
}: {
  instanceId: string;
  slas: Sla[];
  names: Map<string, string>;
  canRetarget: boolean;
  onChanged: () => void;
}) {
  if (slas.length === 0) return <p class="muted">{t('instance.slas.none')}</p>;
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('instance.slas.element')}</th>
          <th scope="col">{t('instance.slas.state')}</th>
          <th scope="col">{t('instance.slas.target')}</th>
          {canRetarget && (
            <th scope="col">
              <span class="visually-hidden">{t('retarget.move')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {slas.map((sla) => (
          <tr key={sla.id}>
            <td>
              <span class="table__primary">{names.get(sla.elementId) ?? sla.elementId}</span>
              {sla.lane && <div class="muted">{sla.lane}</div>}
            </td>
            <td>
              <SlaBadge state={sla.state} />
              {sla.pausedAt && <div class="muted">{t('instance.slas.paused')}</div>}
            </td>
            <td>
              <span title={formatDateTime(sla.targetAt)}>
                {sla.closedAt ? formatDateTime(sla.targetAt) : <RelativeTime at={sla.targetAt} />}
              </span>
            </td>
            {canRetarget && (
              <td>
                {!sla.closedAt && (
                  <RetargetForm instanceId={instanceId} sla={sla} onChanged={onChanged} />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
