import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { policyName } from './policy-name.ts';

/**
 * Removing a policy, asked twice: the first click says what it does. The server refuses one
 * that a deployed process still reads, naming the processes; the refusal shows beside it.
 */
export function RemovePolicy({
  policy,
  onRemoved,
}: {
  policy: Schemas['SlaPolicy'];
  onRemoved: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string>();
  const name = policyName(policy);

  async function remove() {
    setFailure(undefined);
    try {
      await call(api.DELETE('/api/sla-policies/{id}', { params: { path: { id: policy.id } } }));
      onRemoved();
    } catch (error) {
      setAsking(false);
      setFailure(errorMessage(error));
    }
  }

  return (
    <div class="remove-policy">
      {asking ? (
        <div class="remove-policy__confirm">
          <span>{t('policies.remove.ask', { name })}</span>
          <button type="button" class="button button--small" onClick={() => setAsking(false)}>
            {t('policies.remove.keep')}
          </button>
          <button
            type="button"
            class="button button--small button--danger"
            onClick={() => void remove()}
          >
            {t('policies.remove.confirm')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="button button--small button--ghost"
          aria-label={t('policies.remove.of', { name })}
          onClick={() => setAsking(true)}
        >
          {t('policies.remove')}
        </button>
      )}
      {failure && (
        <p class="remove-policy__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
