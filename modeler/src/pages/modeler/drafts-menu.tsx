import { useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';

/**
 * The user's drafts in a disclosure of the toolbar, newest first: open one, or delete one. The
 * list is read each time it opens, so drafts saved on another machine show up.
 */
export function DraftsMenu({
  currentId,
  onOpen,
  onDeleted,
}: {
  currentId: string | undefined;
  onOpen: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const [drafts, setDrafts] = useState<Schemas['DraftSummary'][] | { error: string }>();

  async function load() {
    try {
      setDrafts(await call(api.GET('/api/drafts')));
    } catch (error) {
      setDrafts({ error: errorMessage(error) });
    }
  }

  async function remove(id: string) {
    try {
      await call(api.DELETE('/api/drafts/{id}', { params: { path: { id } } }));
      onDeleted(id);
      await load();
    } catch (error) {
      setDrafts({ error: errorMessage(error) });
    }
  }

  return (
    <details
      class="menu"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) void load();
      }}
    >
      <summary class="button button--small">
        <Icon name="file" />
        {t('modeler.drafts')}
      </summary>
      <div class="menu__panel">
        {drafts === undefined && <p class="muted">{t('app.loading')}</p>}
        {drafts && 'error' in drafts && <p class="callout callout--error">{drafts.error}</p>}
        {Array.isArray(drafts) && drafts.length === 0 && (
          <p class="muted">{t('modeler.noDrafts')}</p>
        )}
        {Array.isArray(drafts) && drafts.length > 0 && (
          <ul class="menu__list" aria-label={t('modeler.drafts')}>
            {drafts.map((d) => (
              <li key={d.id} class={d.id === currentId ? 'menu__item is-active' : 'menu__item'}>
                <button type="button" class="menu__open" onClick={() => onOpen(d.id)}>
                  <span class="menu__name">{d.name}</span>
                  <span class="muted">
                    <RelativeTime at={d.updatedAt} />
                  </span>
                </button>
                <button
                  type="button"
                  class="button button--small button--ghost"
                  onClick={() => void remove(d.id)}
                >
                  <Icon name="cross" size={14} />
                  <span class="visually-hidden">{t('modeler.deleteDraft', { name: d.name })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  );
}
