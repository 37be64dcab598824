import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { SlaBadge } from '../../ui/sla-badge.tsx';

type Sla = Schemas['Sla'];
const units = { minutes: 'M', hours: 'H', days: 'D' } as const;
type Unit = keyof typeof units;

/** An ISO 8601 duration from an amount and a unit: 4 hours → PT4H, 2 days → P2D. */
export function isoDuration(amount: number, unit: Unit): string {
  return unit === 'days' ? `P${amount}D` : `PT${amount}${units[unit]}`;
}

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
              <span class="visually-hidden">{t('instance.slas.retarget')}</span>
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

function RetargetForm({
  instanceId,
  sla,
  onChanged,
}: {
  instanceId: string;
  sla: Sla;
  onChanged: () => void;
}) {
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<Unit>('hours');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `retarget-${sla.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const value = Number(amount);
    if (!Number.isInteger(value) || value < 1) return setFailure(t('instance.slas.amountInvalid'));
    setBusy(true);
    setFailure(undefined);
    try {
      await call(
        api.POST('/api/process-instances/{id}/slas/{slaId}/retarget', {
          params: { path: { id: instanceId, slaId: sla.id } },
          body: { duration: isoDuration(value, unit) },
        }),
      );
      setAmount('');
      onChanged();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="retarget" onSubmit={(e) => void submit(e)}>
      <label class="visually-hidden" for={id}>
        {t('instance.slas.newTarget')}
      </label>
      <input
        id={id}
        class="input retarget__amount"
        type="number"
        min="1"
        step="1"
        inputMode="numeric"
        value={amount}
        placeholder={t('instance.slas.amount')}
        onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
      />
      <select
        class="select"
        aria-label={t('instance.slas.unit')}
        value={unit}
        onChange={(e) => setUnit((e.target as HTMLSelectElement).value as Unit)}
      >
        {(Object.keys(units) as Unit[]).map((u) => (
          <option key={u} value={u}>
            {t(`instance.slas.unit.${u}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--small" disabled={busy}>
        {t('instance.slas.retarget')}
      </button>
      {failure && (
        <p class="retarget__error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
