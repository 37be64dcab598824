import type { ComponentChildren } from 'preact';

/** A page's title line: heading, a quiet subtitle, actions at the right. */
export function PageHeader({
  title,
  subtitle,
  children,
}: {
  title: ComponentChildren;
  subtitle?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <header class="page-header">
      <div class="page-header__text">
        <h1 class="page-header__title">{title}</h1>
        {subtitle && <p class="page-header__subtitle">{subtitle}</p>}
      </div>
      {children && <div class="page-header__actions">{children}</div>}
    </header>
  );
}
