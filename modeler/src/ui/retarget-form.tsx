import { useState } from 'preact/hooks';
import { api, call } from '../api/client.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { t } from '../i18n/i18n.ts';

const units = { minutes: 'M', hours: 'H', days: 'D' } as const;
type Unit = keyof typeof units;

/** An ISO 8601 duration from an amount and a unit: 4 hours → PT4H, 2 days → P2D. */
function isoDuration(amount: number, unit: Unit): string {
  return unit === 'days' ? `P${amount}D` : `PT${amount}${units[unit]}`;
}

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
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<Unit>('hours');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `retarget-${sla.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const value = Number(amount);
    if (!Number.isInteger(value) || value < 1) return setFailure(t('retarget.amountInvalid'));
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
        {t('retarget.newTarget')}
      </label>
      <input
        id={id}
        class="input retarget__amount"
        type="number"
        min="1"
        step="1"
        inputMode="numeric"
        value={amount}
        placeholder={t('retarget.amount')}
        onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
      />
      <select
        class="select"
        aria-label={t('retarget.unit')}
        value={unit}
        onChange={(e) => setUnit((e.target as HTMLSelectElement).value as Unit)}
      >
        {(Object.keys(units) as Unit[]).map((u) => (
          <option key={u} value={u}>
            {t(`retarget.unit.${u}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--small" disabled={busy}>
        {t('retarget.move')}
      </button>
      {failure && (
        <p class="retarget__error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
