import { useState } from 'preact/hooks';
import { errorMessage } from '../i18n/error-message.ts';
import { t } from '../i18n/i18n.ts';
import { DURATION_UNITS, durationParts, isoDuration, type DurationUnit } from './iso-duration.ts';

/**
 * A duration given as a whole amount of minutes, hours or days, sent as ISO 8601 by `onSubmit`
 * (a promise's new target); its refusal is shown under the form. Starts from `initial` when
 * it is written in one unit (PT3M), else empty.
 */
export function DurationForm({
  id,
  label,
  submitLabel,
  initial,
  clearOnSuccess = false,
  onSubmit,
}: {
  id: string;
  label: string;
  submitLabel: string;
  initial?: string;
  clearOnSuccess?: boolean;
  onSubmit: (duration: string) => Promise<void>;
}) {
  const parts = initial ? durationParts(initial) : undefined;
  const [amount, setAmount] = useState(parts ? String(parts.amount) : '');
  const [unit, setUnit] = useState<DurationUnit>(parts?.unit ?? 'hours');
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const value = Number(amount);
    if (!Number.isInteger(value) || value < 1) return setFailure(t('retarget.amountInvalid'));
    setBusy(true);
    setFailure(undefined);
    try {
      await onSubmit(isoDuration(value, unit));
      if (clearOnSuccess) setAmount('');
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="retarget" onSubmit={(e) => void submit(e)}>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="input retarget__amount"
        type="number"
        min="1"
        step="1"
        inputMode="numeric"
        value={amount}
        placeholder={parts || !initial ? t('retarget.amount') : initial}
        onInput={(e) => setAmount((e.target as HTMLInputElement).value)}
      />
      <select
        class="select"
        aria-label={t('retarget.unit')}
        value={unit}
        onChange={(e) => setUnit((e.target as HTMLSelectElement).value as DurationUnit)}
      >
        {(Object.keys(DURATION_UNITS) as DurationUnit[]).map((u) => (
          <option key={u} value={u}>
            {t(`retarget.unit.${u}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--small" disabled={busy}>
        {submitLabel}
      </button>
      {failure && (
        <p class="retarget__error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
