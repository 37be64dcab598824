import type { Me } from '../../api/client.ts';
import { homeOf } from '../../app/routes.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { Empty } from '../../ui/states.tsx';

/** An address inside the app that names no page. */
export function NotFoundPage({ user, path }: { user: Me; path: string }) {
  return (
    <div class="page">
      <Empty
        icon="search"
        title={t('page.notFound.title')}
        body={t('page.notFound.body', { path })}
      >
        <Link class="button" href={homeOf(user.role)}>
          {t('page.home')}
        </Link>
      </Empty>
    </div>
  );
}
