import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';

/**
 * Suspending a running instance, or resuming a suspended one: one click, undone by the other.
 * The button says what the click will do; the title says what a suspension holds.
 */
export function SuspendInstance({
  instanceId,
  suspended,
  onChanged,
}: {
  instanceId: string;
  suspended: boolean;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function toggle() {
    setBusy(true);
    setFailure(undefined);
    const path = { params: { path: { id: instanceId } } };
    try {
      await call(
        suspended
          ? api.POST('/api/process-instances/{id}/resume', path)
          : api.POST('/api/process-instances/{id}/suspend', path),
      );
      onChanged();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        class="button"
        disabled={busy}
        title={t(suspended ? 'instance.resume.explain' : 'instance.suspend.explain')}
        onClick={() => void toggle()}
      >
        <Icon name={suspended ? 'play' : 'pause'} />
        {t(suspended ? 'instance.resume' : 'instance.suspend')}
      </button>
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
