import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { useResource } from '../../ui/use-resource.ts';

/**
 * A user's API tokens (never their secrets): when made, when they expire and were last used;
 * a new one's secret is shown here once, to be copied, and never again.
 */
export function UserTokens({ username }: { username: string }) {
  const path = { params: { path: { username } } };
  const tokens = useResource(() => call(api.GET('/api/users/{username}/tokens', path)), [username]);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string }>();
  const [failure, setFailure] = useState<string>();

  async function create(event: Event) {
    event.preventDefault();
    setFailure(undefined);
    try {
      const created = await call(
        api.POST('/api/users/{username}/tokens', { ...path, body: { name: name.trim() } }),
      );
      setSecret({ name: created.name, token: created.token });
      setName('');
      tokens.reload();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  }

  async function revoke(tokenId: string) {
    setFailure(undefined);
    try {
      await call(
        api.DELETE('/api/users/{username}/tokens/{tokenId}', {
          params: { path: { username, tokenId } },
        }),
      );
    } catch (error) {
      setFailure(errorMessage(error));
    }
    tokens.reload();
  }

  return (
    <section class="user-tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title" class="panel__title">
        {t('users.tokens')}
      </h2>
      {secret && (
        <div class="callout callout--warning token-secret" role="status">
          <p>{t('users.tokenShownOnce', { name: secret.name })}</p>
          <code class="mono token-secret__value">{secret.token}</code>
        </div>
      )}
      {failure && (
        <p class="callout callout--error" role="alert">
          {failure}
        </p>
      )}
      {tokens.status === 'loaded' && tokens.data.length === 0 && (
        <p class="muted">{t('users.noTokens')}</p>
      )}
      {tokens.status === 'loaded' && tokens.data.length > 0 && (
        <ul class="token-list">
          {tokens.data.map((token) => (
            <li key={token.id} class="token-item">
              <div>
                <span class="table__primary">{token.name}</span>
                <div class="muted">
                  {t('users.tokenMade')} <RelativeTime at={token.createdAt} />
                  {token.lastUsedAt && (
                    <>
                      {' · '}
                      {t('users.tokenUsed')} <RelativeTime at={token.lastUsedAt} />
                    </>
                  )}
                </div>
              </div>
              <button
                type="button"
                class="button button--small"
                onClick={() => void revoke(token.id)}
              >
                {t('users.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="token-form" onSubmit={(e) => void create(e)}>
        <label class="field">
          <span class="field__label">{t('users.tokenName')}</span>
          <input
            class="input"
            required
            maxLength={200}
            value={name}
            placeholder={t('users.tokenNameHint')}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="button">
          {t('users.createToken')}
        </button>
      </form>
    </section>
  );
}
