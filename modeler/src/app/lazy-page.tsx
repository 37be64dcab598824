import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { Failed, Loading } from '../ui/states.tsx';
import type { PageProps, PageRoute } from './routes.ts';

const loaded = new Map<PageRoute, ComponentType<PageProps>>();

/** Renders a route's page, loading its chunk on the first visit. */
export function LazyPage({ route, params }: { route: PageRoute; params: Record<string, string> }) {
  const [page, setPage] = useState<ComponentType<PageProps> | undefined>(() => loaded.get(route));
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const known = loaded.get(route);
    if (known) return setPage(() => known);
    let current = true;
    setPage(undefined);
    setError(undefined);
    route.load().then(
      (module) => {
        loaded.set(route, module.default);
        if (current) setPage(() => module.default);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [route, attempt]);

  if (error)
    return (
      <Failed title={t('list.error.title')} error={error} onRetry={() => setAttempt(attempt + 1)} />
    );
  if (!page) return <Loading />;
  const Page = page;
  return <Page params={params} />;
}
