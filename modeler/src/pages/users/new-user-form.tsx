import { useState } from 'preact/hooks';
import { api, call, type Role } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { parseGroups, roles } from './user-fields.ts';

/** Adds a user: name, role and groups; a password, or none for a user who signs in by token. */
export function NewUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [groups, setGroups] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    try {
      const created = await call(
        api.POST('/api/users', {
          body: {
            username: username.trim(),
            role,
            groups: parseGroups(groups),
            ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
            ...(password ? { password } : {}),
          },
        }),
      );
      onCreated(created.username);
    } catch (error) {
      setFailure(
        errorMessage(error, { username: t('users.username'), password: t('users.password') }),
      );
    }
  }

  return (
    <form class="form user-form" onSubmit={(e) => void submit(e)}>
      <h2 class="panel__title">{t('users.add')}</h2>
      <label class="field">
        <span class="field__label">{t('users.username')}</span>
        <input
          class="input"
          name="username"
          required
          maxLength={64}
          value={username}
          onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('users.displayName')}</span>
        <input
          class="input"
          name="displayName"
          maxLength={200}
          value={displayName}
          onInput={(e) => setDisplayName((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span class="field__label">{t('users.role')}</span>
        <select
          class="select"
          name="role"
          value={role}
          onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div class="field">
        <label class="field__label" for="new-user-groups">
          {t('users.groups')}
        </label>
        <input
          id="new-user-groups"
          aria-describedby="new-user-groups-hint"
          class="input"
          name="groups"
          value={groups}
          onInput={(e) => setGroups((e.target as HTMLInputElement).value)}
        />
        <span class="field__hint" id="new-user-groups-hint">
          {t('users.groupsHint')}
        </span>
      </div>
      <div class="field">
        <label class="field__label" for="new-user-password">
          {t('users.password')}
        </label>
        <input
          id="new-user-password"
          aria-describedby="new-user-password-hint"
          class="input"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
        <span class="field__hint" id="new-user-password-hint">
          {t('users.passwordHint')}
        </span>
      </div>
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" class="button button--primary">
        {t('users.create')}
      </button>
    </form>
  );
}
