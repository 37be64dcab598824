import type { ComponentChildren } from 'preact';
import { Icon } from './icon.tsx';
import { Link } from './link.tsx';

/**
 * A page's title line: heading, a quiet subtitle, actions at the right; a page reached from a
 * list names the way `back` to it above the heading.
 */
export function PageHeader({
  title,
  subtitle,
  back,
  children,
}: {
  title: ComponentChildren;
  subtitle?: ComponentChildren;
  back?: { href: string; label: string };
  children?: ComponentChildren;
}) {
  return (
    <header class="page-header">
      <div class="page-header__text">
        {back && (
          <Link class="page-header__back" href={back.href}>
            <Icon name="back" size={14} />
            {back.label}
          </Link>
        )}
        <h1 class="page-header__title">{title}</h1>
        {subtitle && <p class="page-header__subtitle">{subtitle}</p>}
      </div>
      {children && <div class="page-header__actions">{children}</div>}
    </header>
  );
}
