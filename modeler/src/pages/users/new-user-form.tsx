import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { type Profile, ProfileFields } from './profile-fields.tsx';
import { parseGroups } from './user-fields.ts';

/** Adds a user: name, role and groups; a password, or none for a user who signs in by token. */
export function NewUserForm({ onCreated }: { onCreated: (username: string) => void }) {
  const [username, setUsername] = useState('');
  const [profile, setProfile] = useState<Profile>({ displayName: '', role: 'staff', groups: '' });
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
            role: profile.role,
            groups: parseGroups(profile.groups),
            ...(profile.displayName.trim() ? { displayName: profile.displayName.trim() } : {}),
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
      <ProfileFields id="new-user" profile={profile} onChange={setProfile} />
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
