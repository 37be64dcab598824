import { signal } from '@preact/signals';
import { api, call, type Me, onSessionExpired } from '../api/client.ts';
import { isLanguage } from '../i18n/catalogue.ts';
import { language, setLanguage } from '../i18n/i18n.ts';
import type { Language } from '../i18n/catalogue.ts';
import { currentPath, location, navigate } from './router.ts';

/** Who is signed in: undefined while the app asks the server, null when nobody is. */
export const me = signal<Me | null | undefined>(undefined);
/** Why the sign-in page shows: a session that ended under the user, or a sign-out. */
export const signInReason = signal<'expired' | 'signed-out' | null>(null);

const SIGN_IN = '/sign-in';

function adopt(user: Me): void {
  me.value = user;
  if (isLanguage(user.language)) setLanguage(user.language);
  // First sign-in: the language the browser chose becomes the user's, on every device.
  else void rememberLanguage(language.value);
}

/** Asks the server who the session belongs to (on start, and after a reload). */
export async function loadSession(): Promise<void> {
  try {
    const { user } = await call(api.GET('/api/session'));
    if (user) adopt(user);
    else me.value = null;
  } catch {
    me.value = null;
  }
}

/** Signs in, then returns to the page the user was sent away from. */
export async function signIn(username: string, password: string): Promise<void> {
  const user = await call(api.POST('/api/session', { body: { username, password } }));
  signInReason.value = null;
  adopt(user);
  const next = new URLSearchParams(location.value.split('?')[1] ?? '').get('next');
  navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
}

export async function signOut(): Promise<void> {
  await call(api.DELETE('/api/session')).catch(() => undefined);
  me.value = null;
  signInReason.value = 'signed-out';
  navigate(SIGN_IN);
}

/** Switches the language and, when signed in, remembers it for the user on the server. */
export async function chooseLanguage(next: Language): Promise<void> {
  setLanguage(next);
  if (me.value) await rememberLanguage(next);
}

async function rememberLanguage(next: Language): Promise<void> {
  const user = await call(api.PATCH('/api/me', { body: { language: next } })).catch(() => null);
  if (user) me.value = user;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInUrl(path: string = location.value): string {
  return path === '/' || path.startsWith(SIGN_IN)
    ? SIGN_IN
    : `${SIGN_IN}?next=${encodeURIComponent(path)}`;
}

onSessionExpired(() => {
  if (!me.value) return;
  me.value = null;
  signInReason.value = 'expired';
  if (currentPath() !== SIGN_IN) navigate(signInUrl(), { replace: true });
});
