import { useEffect, useState } from 'preact/hooks';
import { api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { type Profile, ProfileFields } from './profile-fields.tsx';
import { parseGroups } from './user-fields.ts';
import { UserTokens } from './user-tokens.tsx';

type User = Schemas['User'];

const profileOf = (user: User): Profile => ({
  displayName: user.displayName ?? '',
  role: user.role,
  groups: user.groups.join(', '),
});

/**
 * One user for an administrator: change their name, role, groups or password, disable or
 * enable them, and manage their API tokens.
 */
export function UserDetail({ user, onChanged }: { user: User; onChanged: () => void }) {
  const [profile, setProfile] = useState<Profile>(profileOf(user));
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  useEffect(() => {
    setProfile(profileOf(user));
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
              displayName: profile.displayName.trim() || null,
              role: profile.role,
              groups: parseGroups(profile.groups),
              ...(password ? { password } : {}),
            },
            t('users.saved', { username: user.username }),
          );
        }}
      >
        <h2 class="panel__title">{user.username}</h2>
        <ProfileFields id="user" profile={profile} onChange={setProfile} />
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
