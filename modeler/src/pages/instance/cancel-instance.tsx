import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';

/** Cancelling an instance, asked twice: the first click says what it does and takes a reason. */
export function CancelInstance({
  instanceId,
  onCancelled,
}: {
  instanceId: string;
  onCancelled: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string>();

  async function cancel(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    try {
      await call(
        api.POST('/api/process-instances/{id}/cancel', {
          params: { path: { id: instanceId } },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      );
      setAsking(false);
      onCancelled();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  if (!asking)
    return (
      <button type="button" class="button button--danger" onClick={() => setAsking(true)}>
        <Icon name="cross" />
        {t('instance.cancel')}
      </button>
    );
  return (
    <form class="cancel-instance" onSubmit={(e) => void cancel(e)}>
      <p>{t('instance.cancel.explain')}</p>
      <label class="field">
        <span class="field__label">{t('instance.cancel.reason')}</span>
        <input
          class="input"
          value={reason}
          maxLength={500}
          onInput={(e) => setReason((e.target as HTMLInputElement).value)}
        />
      </label>
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="button" onClick={() => setAsking(false)}>
          {t('instance.cancel.keep')}
        </button>
        <button type="submit" class="button button--danger">
          {t('instance.cancel.confirm')}
        </button>
      </div>
    </form>
  );
}
