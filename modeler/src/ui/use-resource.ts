import { useCallback, useEffect, useState } from 'preact/hooks';

/** A server read as a page sees it: loading, failed (with the error) or loaded, and a reload. */
export type Resource<T> =
  | { status: 'loading'; reload: () => void }
  | { status: 'failed'; error: unknown; reload: () => void }
  | { status: 'loaded'; data: T; reload: () => void };

/**
 * Runs `load` on mount and whenever `deps` change; a late answer to an older request is dropped.
 *
 * @example
 * const tasks = useResource(() => call(api.GET('/api/tasks')), []);
 */
export function useResource<T>(load: () => Promise<T>, deps: unknown[]): Resource<T> {
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'loaded'; data: T }
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    load().then(
      (data) => current && setState({ status: 'loaded', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);

  return { ...state, reload };
}
