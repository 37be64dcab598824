import type { JSX } from 'preact';
import { navigate } from '../app/router.ts';

/** An `<a>` that moves inside the app without a page load; modified clicks open as usual. */
export function Link({
  href,
  onClick,
  ...rest
}: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string }) {
  function follow(event: JSX.TargetedMouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  }
  return <a href={href} onClick={follow} {...rest} />;
}
