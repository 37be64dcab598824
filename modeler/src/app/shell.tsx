import type { ComponentChildren } from 'preact';
import type { Me } from '../api/client.ts';
import { isLanguage } from '../i18n/catalogue.ts';
import { language, languageChoices, t } from '../i18n/i18n.ts';
import { BrandMark, Icon } from '../ui/icon.tsx';
import { Link } from '../ui/link.tsx';
import { includes } from './roles.ts';
import { currentPath } from './router.ts';
import { routes } from './routes.ts';
import { chooseLanguage, signOut } from './session.ts';

/** The frame of every signed-in page: navigation by role, language, account; the page below. */
export function Shell({ user, children }: { user: Me; children: ComponentChildren }) {
  const path = currentPath();
  const entries = routes.filter((r) => r.nav && includes(user.role, r.access));
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <Link href="/" class="brand">
          <BrandMark />
          <span class="brand__name">{t('app.name')}</span>
        </Link>
        <nav class="topnav" aria-label={t('nav.main')}>
          {entries.map((r) => {
            const active = path === r.pattern || path.startsWith(`${r.pattern}/`);
            return (
              <Link
                key={r.pattern}
                href={r.pattern}
                class={active ? 'topnav__link is-active' : 'topnav__link'}
                aria-current={active ? 'page' : undefined}
              >
                {t(r.nav!)}
              </Link>
            );
          })}
        </nav>
        <div class="topbar__end">
          <LanguageSelect />
          <span class="account" title={t('nav.account', { username: user.username })}>
            <span class="account__avatar" aria-hidden="true">
              {user.username.slice(0, 1).toUpperCase()}
            </span>
            <span class="account__text">
              <span class="account__name">{user.username}</span>
              <span class="account__role">{t(`role.${user.role}`)}</span>
            </span>
          </span>
          <button type="button" class="button button--ghost" onClick={() => void signOut()}>
            <Icon name="logout" />
            <span>{t('nav.signOut')}</span>
          </button>
        </div>
      </header>
      <main id="main" class="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The language switcher; the choice is remembered on the server for a signed-in user. */
export function LanguageSelect() {
  return (
    <label class="language-select">
      <Icon name="globe" />
      <span class="visually-hidden">{t('language.label')}</span>
      <select
        value={language.value}
        onChange={(e) => {
          const next = (e.target as HTMLSelectElement).value;
          if (isLanguage(next)) void chooseLanguage(next);
        }}
      >
        {languageChoices.value.map((choice) => (
          <option key={choice.code} value={choice.code} lang={choice.code}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
