import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { touchpointName } from '../../i18n/names.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { policyName } from './policy-name.ts';
import { PolicyTargetForm } from './policy-target-form.tsx';
import { RemovePolicy } from './remove-policy.tsx';

/**
 * SLA policies for supervisors (`/sla-policies`): the promise per touchpoint and kind of
 * request that the processes read, each changed in place or removed (the server refuses a
 * supervisor the policies of other lanes' processes, and anyone a policy a process still reads).
 */
export default function SlaPoliciesPage() {
  const policies = useResource(() => call(api.GET('/api/sla-policies')), []);
  const [saved, setSaved] = useState<string>();

  if (policies.status === 'loading') return <Loading />;
  if (policies.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('list.error.title')} error={policies.error} onRetry={policies.reload} />
      </div>
    );

  return (
    <div class="page">
      <PageHeader title={t('policies.title')} subtitle={t('policies.subtitle')} />
      <p class="muted" role="status">
        {saved}
      </p>
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{t('policies.name')}</th>
            <th scope="col">{t('policies.touchpoint')}</th>
            <th scope="col">{t('policies.kind')}</th>
            <th scope="col">{t('policies.target')}</th>
            <th scope="col">{t('policies.calendar')}</th>
            <th scope="col">{t('policies.changed')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('policies.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {policies.data.map((policy) => (
            <tr key={policy.id}>
              <th scope="row">
                <span class="table__primary">{policyName(policy)}</span>
                <div class="muted">{policy.id}</div>
              </th>
              <td>
                {policy.touchpoint
                  ? touchpointName(policy.touchpoint)
                  : t('policies.anyTouchpoint')}
              </td>
              <td>{t(`policies.kind.${policy.kind}`)}</td>
              <td class="policies__target">
                <PolicyTargetForm
                  key={`${policy.id}-${policy.target}`}
                  policy={policy}
                  onSaved={(changed) => {
                    setSaved(t('policies.saved', { name: policyName(changed) }));
                    policies.reload();
                  }}
                />
              </td>
              <td>{policy.calendar ?? t('policies.plainTime')}</td>
              <td>
                {policy.updatedAt
                  ? t('policies.changedBy', {
                      who: policy.updatedBy ?? '',
                      when: formatDateTime(policy.updatedAt),
                    })
                  : t('policies.default')}
              </td>
              <td class="policies__actions">
                <RemovePolicy
                  policy={policy}
                  onRemoved={() => {
                    setSaved(t('policies.removed', { name: policyName(policy) }));
                    policies.reload();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
