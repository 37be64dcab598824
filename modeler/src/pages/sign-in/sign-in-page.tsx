import { useState } from 'preact/hooks';
import { LanguageSelect } from '../../app/shell.tsx';
import { signIn, signInReason } from '../../app/session.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { BrandMark } from '../../ui/icon.tsx';

/** Username and password against `POST /api/session`; afterwards back to where the user was. */
export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const reason = signInReason.value;

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <div class="sign-in">
      <div class="sign-in__language">
        <LanguageSelect />
      </div>
      <main class="sign-in__card">
        <div class="sign-in__brand">
          <BrandMark size={36} />
          <h1 class="sign-in__title">{t('signIn.title')}</h1>
          <p class="sign-in__subtitle">{t('signIn.subtitle')}</p>
        </div>
        {reason && !error && (
          <p class="callout callout--info" role="status">
            {reason === 'expired' ? t('signIn.expired') : t('signIn.signedOut')}
          </p>
        )}
        {error !== undefined && (
          <p class="callout callout--error" role="alert">
            {errorMessage(error)}
          </p>
        )}
        <form class="form" onSubmit={submit}>
          <label class="field">
            <span class="field__label">{t('signIn.username')}</span>
            <input
              class="input"
              name="username"
              autocomplete="username"
              required
              value={username}
              onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
            />
          </label>
          <label class="field">
            <span class="field__label">{t('signIn.password')}</span>
            <input
              class="input"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="button button--primary button--block" disabled={busy}>
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
