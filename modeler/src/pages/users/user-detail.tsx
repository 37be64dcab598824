import { useEffect, useState } from 'preact/hooks';
import { api, call, type Role, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { parseGroups, roles } from './user-fields.ts';
import { UserTokens } from './user-tokens.tsx';

type User = Schemas['User'];

/**
 * One user for an administrator: change their name, role, groups or password, disable or
 * enable them, and manage their API tokens.
 */
export function UserDetail({ user, onChanged }: { user: User; onChanged: () => void }) {
  const [displayName, setDisplayName] = useState(user.displayName ?? '');
  const [role, setRole] = useState<Role>(user.role);
  const [groups, setGroups] = useState(user.groups.join(', '));
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  useEffect(() => {
    setDisplayName(user.displayName ?? '');
    setRole(user.role);
    setGroups(user.groups.join(', '));
    setPassword('');
  }, [user]);

  async function change(patch: Schemas['UserPatch'], done: string) {
    setMessage(undefined);
    try {
      await call(
        api.PATCH('/api/users/{username}', {
          params: { path: { username: user.username } },
          body: patch,
        }),
      );
      setMessage({ error: false, text: done });
      onChanged();
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error, { password: t('users.password') }) });
    }
  }

  return (
    <div class="user-detail">
      <form
        class="form"
        onSubmit={(e) => {
          e.preventDefault();
          void change(
            {
              displayName: displayName.trim() || null,
              role,
              groups: parseGroups(groups),
              ...(password ? { password } : {}),
            },
            t('users.saved', { username: user.username }),
          );
        }}
      >
        <h2 class="panel__title">{user.username}</h2>
        <label class="field">
          <span class="field__label">{t('users.displayName')}</span>
          <input
            class="input"
            value={displayName}
            maxLength={200}
            onInput={(e) => setDisplayName((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span class="field__label">{t('users.role')}</span>
          <select
            class="select"
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
          <label class="field__label" for="user-groups">
            {t('users.groups')}
          </label>
          <input
            id="user-groups"
            aria-describedby="user-groups-hint"
            class="input"
            value={groups}
            onInput={(e) => setGroups((e.target as HTMLInputElement).value)}
          />
          <span class="field__hint" id="user-groups-hint">
            {t('users.groupsHint')}
          </span>
        </div>
        <label class="field">
          <span class="field__label">{t('users.newPassword')}</span>
          <input
            class="input"
            type="password"
            autoComplete="new-password"
            minLength={8}
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </label>
        {message && (
          <p
            class={message.error ? 'callout callout--error' : 'callout callout--success'}
            role={message.error ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        <div class="user-detail__actions">
          <button type="submit" class="button button--primary">
            {t('users.save')}
          </button>
          <button
            type="button"
            class={user.disabled ? 'button' : 'button button--danger'}
            onClick={() =>
              void change(
                { disabled: !user.disabled },
                t(user.disabled ? 'users.enabled' : 'users.disabled', { username: user.username }),
              )
            }
          >
            {t(user.disabled ? 'users.enable' : 'users.disable')}
          </button>
        </div>
      </form>
      <UserTokens key={user.username} username={user.username} />
    </div>
  );
}
