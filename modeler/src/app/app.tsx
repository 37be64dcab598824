import { useEffect } from 'preact/hooks';
import type { Me } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { ForbiddenPage } from '../pages/not-found/forbidden-page.tsx';
import { NotFoundPage } from '../pages/not-found/not-found-page.tsx';
import { SignInPage } from '../pages/sign-in/sign-in-page.tsx';
import { Loading } from '../ui/states.tsx';
import { LazyPage } from './lazy-page.tsx';
import { includes } from './roles.ts';
import { currentPath, matchPath, navigate } from './router.ts';
import { homeOf, routes } from './routes.ts';
import { Shell } from './shell.tsx';
import { me, signInUrl } from './session.ts';

/** Decides what the address shows: sign-in, a page the role may open, or why not. */
export function App() {
  const path = currentPath();
  const user = me.value;

  useEffect(() => {
    if (user === null && path !== '/sign-in') navigate(signInUrl(), { replace: true });
    else if (user && (path === '/' || path === '/sign-in'))
      navigate(homeOf(user.role), { replace: true });
  }, [user, path]);

  useEffect(() => {
    document.title = t('app.name');
  });

  if (user === undefined) return <Loading />;
  if (user === null) return path === '/sign-in' ? <SignInPage /> : <Loading />;
  if (path === '/' || path === '/sign-in') return <Loading />;
  return <Shell user={user}>{pageFor(user, path)}</Shell>;
}

function pageFor(user: Me, path: string) {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    if (!includes(user.role, route.access))
      return <ForbiddenPage user={user} required={route.access} />;
    return <LazyPage key={route.pattern} route={route} params={params} />;
  }
  return <NotFoundPage user={user} path={path} />;
}
