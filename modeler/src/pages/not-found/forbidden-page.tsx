import type { Me, Role } from '../../api/client.ts';
import { homeOf } from '../../app/routes.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { Empty } from '../../ui/states.tsx';

/** A page the user's role may not open, typed in or bookmarked: said plainly, not hidden. */
export function ForbiddenPage({ user, required }: { user: Me; required: Role }) {
  return (
    <div class="page">
      <Empty
        icon="lock"
        title={t('page.forbidden.title')}
        body={t('page.forbidden.body', {
          required: t(`role.${required}`),
          username: user.username,
          role: t(`role.${user.role}`),
        })}
      >
        <Link class="button" href={homeOf(user.role)}>
          {t('page.home')}
        </Link>
      </Empty>
    </div>
  );
}
