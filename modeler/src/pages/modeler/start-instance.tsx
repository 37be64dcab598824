import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';

/** After a deploy: start one instance of the new version with variables, for a try. */
export function StartInstance({ definitionId }: { definitionId: string }) {
  const [businessKey, setBusinessKey] = useState('');
  const [variables, setVariables] = useState('{}');
  const [result, setResult] = useState<{ kind: 'error' | 'success'; text: string }>();

  async function start(event: Event) {
    event.preventDefault();
    let parsed: unknown;
    try {
      parsed = JSON.parse(variables);
    } catch {
      parsed = undefined;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return setResult({ kind: 'error', text: t('modeler.variablesInvalid') });
    try {
      const instance = await call(
        api.POST('/api/process-definitions/{id}/start', {
          params: { path: { id: definitionId } },
          body: {
            businessKey: businessKey.trim() || undefined,
            variables: parsed as Record<string, unknown>,
          },
        }),
      );
      setResult({
        kind: 'success',
        text: t('modeler.started', {
          id: instance.id,
          elements: instance.activeElements.join(', '),
        }),
      });
    } catch (error) {
      setResult({
        kind: 'error',
        text: errorMessage(error, {
          businessKey: t('modeler.businessKey'),
          variables: t('modeler.variables'),
        }),
      });
    }
  }

  return (
    <form class="start-instance" onSubmit={start}>
      <h2 class="panel__title">{t('modeler.startInstance')}</h2>
      <label class="field">
        <span class="field__label">{t('modeler.businessKey')}</span>
        <input
          class="input"
          name="businessKey"
          value={businessKey}
          onInput={(e) => setBusinessKey((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('modeler.variables')}</span>
        <textarea
          class="textarea"
          rows={3}
          value={variables}
          onInput={(e) => setVariables((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="submit" class="button button--small">
        <Icon name="play" />
        {t('modeler.start')}
      </button>
      {result && (
        <p class={`callout callout--${result.kind}`} role="status">
          {result.text}
        </p>
      )}
    </form>
  );
}
