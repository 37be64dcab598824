import type { ComponentChildren } from 'preact';
import { ApiError } from '../api/client.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { t } from '../i18n/i18n.ts';
import { Icon } from './icon.tsx';
import { Link } from './link.tsx';

/** A list or page still waiting for the server: a quiet spinner with its label for screen readers. */
export function Loading({ label }: { label?: string }) {
  return (
    <div class="state state--loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}

/** Nothing to show yet, said plainly, with what would make something appear. */
export function Empty({
  title,
  body,
  icon = 'inbox',
  children,
}: {
  title: string;
  body?: string;
  icon?: Parameters<typeof Icon>[0]['name'];
  children?: ComponentChildren;
}) {
  return (
    <div class="state state--empty">
      <Icon name={icon} size={28} />
      <h2 class="state__title">{title}</h2>
      {body && <p class="state__body">{body}</p>}
      {children}
    </div>
  );
}

/**
 * A request that failed: the server's reason in the user's language, and a retry; for what does
 * not exist (404) a retry would fail the same way, so the way out is the user's start page.
 */
export function Failed({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  return (
    <div class="state state--error" role="alert">
      <Icon name="alert" size={28} />
      <h2 class="state__title">{title}</h2>
      <p class="state__body">{errorMessage(error)}</p>
      {error instanceof ApiError && error.status === 404 ? (
        <Link class="button" href="/">
          {t('page.home')}
        </Link>
      ) : (
        onRetry && (
          <button type="button" class="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        )
      )}
    </div>
  );
}
