import { signal } from '@preact/signals';

/** The location the app shows: path and query, as in the address bar. */
export const location = signal(currentLocation());

function currentLocation(): string {
  return window.location.pathname + window.location.search;
}

window.addEventListener('popstate', () => {
  location.value = currentLocation();
});

/** Goes to `to` inside the app without a page load. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  location.value = currentLocation();
  window.scrollTo(0, 0);
}

/** The path part of the current location. */
export function currentPath(): string {
  return location.value.split('?')[0] ?? '/';
}

/** A query parameter of the current location. */
export function queryParam(name: string): string | null {
  return new URLSearchParams(location.value.split('?')[1] ?? '').get(name);
}

/**
 * Matches `/processes/:processId` against a path; returns the decoded params or null.
 *
 * @example
 * matchPath('/processes/:id', '/processes/customer-request') // { id: 'customer-request' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (pattern === '/' && (path === '/' || path === '')) return {};
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}
