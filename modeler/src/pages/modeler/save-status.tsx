import { formatDateTime, formatExact } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import type { SaveState } from './draft-saver.ts';

/** The toolbar's word on the draft: saving, saved (at what time), or not saved and why. */
export function SaveStatus({ state }: { state: SaveState }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'saving':
      return (
        <span class="save-status" role="status">
          {t('modeler.saving')}
        </span>
      );
    case 'saved':
      return (
        <span class="save-status" role="status" title={formatExact(state.at)}>
          <Icon name="check" size={14} />
          {t('modeler.saved')}
        </span>
      );
    default:
      return (
        <span class="save-status save-status--error" role="status">
          <Icon name="alert" size={14} />
          {t('modeler.notSaved')}
        </span>
      );
  }
}

/**
 * Why the draft is not saved, as a callout under the toolbar: the server's reason, or, after
 * another tab or machine saved first, what happened and the two ways on.
 */
export function SaveProblem({
  state,
  onReload,
  onSaveAsNew,
}: {
  state: SaveState;
  onReload: () => void;
  onSaveAsNew: () => void;
}) {
  if (state.kind === 'failed')
    return (
      <p class="callout callout--error modeler__notice" role="alert">
        {t('modeler.saveFailed', { reason: state.reason })}
      </p>
    );
  if (state.kind !== 'conflict') return null;
  return (
    <div class="callout callout--warning modeler__notice modeler__conflict" role="alert">
      <p>
        {t('modeler.draftConflict', {
          version: state.version,
          savedAt: formatDateTime(state.savedAt),
        })}
      </p>
      <div class="modeler__conflict-actions">
        <button type="button" class="button button--small" onClick={onReload}>
          {t('modeler.openSaved')}
        </button>
        <button type="button" class="button button--small" onClick={onSaveAsNew}>
          {t('modeler.saveAsNew')}
        </button>
      </div>
    </div>
  );
}
