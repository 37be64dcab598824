import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { navigate } from '../../app/router.ts';
import type { PageProps } from '../../app/routes.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { NewUserForm } from './new-user-form.tsx';
import { UserDetail } from './user-detail.tsx';
import './users.css';

/**
 * Users for administrators (`/users`, `/users/:username`): everyone with their role, groups and
 * whether they may sign in; beside the list, a new user's form or the chosen user.
 */
export default function UsersPage({ params }: PageProps) {
  const chosen = params.username;
  const users = useResource(() => call(api.GET('/api/users')), []);
  const [adding, setAdding] = useState(false);

  if (users.status === 'loading') return <Loading />;
  if (users.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('list.error.title')} error={users.error} onRetry={users.reload} />
      </div>
    );
  const user = users.data.find((u) => u.username === chosen);

  return (
    <div class="page users-page">
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')}>
        <button type="button" class="button button--primary" onClick={() => setAdding(true)}>
          <Icon name="plus" />
          {t('users.add')}
        </button>
      </PageHeader>
      <div class="users-layout">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('users.username')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.groups')}</th>
              <th scope="col">{t('users.state')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.username} class={u.username === chosen ? 'is-chosen' : undefined}>
                <th scope="row">
                  <Link
                    href={`/users/${encodeURIComponent(u.username)}`}
                    class="table__primary"
                    onClick={() => setAdding(false)}
                  >
                    {u.username}
                  </Link>
                  {u.displayName && <div class="muted">{u.displayName}</div>}
                </th>
                <td>{t(`role.${u.role}`)}</td>
                <td>{u.groups.join(', ')}</td>
                <td>
                  {u.disabled ? (
                    <span class="badge badge--neutral">{t('users.state.disabled')}</span>
                  ) : u.absent ? (
                    <span class="badge badge--warning">{t('users.state.away')}</span>
                  ) : (
                    <span class="badge badge--success">{t('users.state.active')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <aside class="panel users-side">
          {adding ? (
            <NewUserForm
              onCreated={(username) => {
                setAdding(false);
                users.reload();
                navigate(`/users/${encodeURIComponent(username)}`);
              }}
            />
          ) : user ? (
            <UserDetail user={user} onChanged={users.reload} />
          ) : (
            <p class="muted">{t('users.choose')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
