import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { me } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';

/** Saved filters a user may keep: each a name and the task list's query string. */
const MAX_SAVED = 20;

/**
 * The user's saved filters, kept on the server with their account (`PATCH /api/me`), so they
 * follow them to another machine: open one, save the current filter under a name, remove one.
 */
export function SavedFilters({
  search,
  onOpen,
}: {
  search: string;
  onOpen: (search: string) => void;
}) {
  const saved = me.value?.savedFilters ?? [];
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string>();

  async function store(next: typeof saved) {
    setFailure(undefined);
    try {
      me.value = await call(api.PATCH('/api/me', { body: { savedFilters: next } }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  return (
    <section class="saved-filters" aria-label={t('tasks.saved.label')}>
      {saved.length > 0 && (
        <ul class="saved-filters__list">
          {saved.map((filter) => (
            <li key={filter.name} class="saved-filters__item">
              <button
                type="button"
                class={filter.query === search ? 'chip is-active' : 'chip'}
                aria-pressed={filter.query === search}
                onClick={() => onOpen(filter.query)}
              >
                {filter.name}
              </button>
              <button
                type="button"
                class="chip__remove"
                aria-label={t('tasks.saved.remove', { name: filter.name })}
                onClick={() => void store(saved.filter((f) => f.name !== filter.name))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="saved-filters__new"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          setName('');
          void store(
            [...saved.filter((f) => f.name !== trimmed), { name: trimmed, query: search }].slice(
              -MAX_SAVED,
            ),
          );
        }}
      >
        <label class="field field--inline">
          <span class="field__label">{t('tasks.saved.name')}</span>
          <input
            class="input"
            name="filterName"
            maxLength={60}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="button" disabled={!name.trim()}>
          {t('tasks.saved.save')}
        </button>
      </form>
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
