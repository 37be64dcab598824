import { useMemo, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { includes } from '../../app/roles.ts';
import type { PageProps } from '../../app/routes.ts';
import { me } from '../../app/session.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { IncidentTable } from '../../ui/incident-table.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { AuditLog } from './audit-log.tsx';
import { CancelInstance } from './cancel-instance.tsx';
import { InstanceDiagram } from './instance-diagram.tsx';
import { InstanceSlas } from './instance-slas.tsx';
import { pathTaken } from './path-taken.ts';
import { SuspendInstance } from './suspend-instance.tsx';
import { VariablesTable } from './variables-table.tsx';
import './instance.css';

/**
 * One process instance (`/instances/:instanceId`): its diagram with the path taken and the
 * tokens now, its promises (re-targeted by supervisors and above), incidents (analysts and
 * above; retried by developers), variables, and the audit log beside them; developers suspend,
 * resume and cancel it. Supervisors read the instances their lanes worked on.
 */
export default function InstancePage({ params }: PageProps) {
  const id = params.instanceId!;
  const path = { params: { path: { id } } };
  const loaded = useResource(async () => {
    const [instance, history, slas, incidents] = await Promise.all([
      call(api.GET('/api/process-instances/{id}', path)),
      call(api.GET('/api/history/process-instances/{id}', path)),
      call(api.GET('/api/process-instances/{id}/slas', path)),
      // Incidents are the analysts' and developers' business; supervisors read without them.
      includes(me.value?.role ?? 'staff', 'analyst')
        ? call(api.GET('/api/incidents', { params: { query: { instanceId: id } } }))
        : [],
    ]);
    const definition = await call(
      api.GET('/api/process-definitions/{id}', { params: { path: { id: instance.definitionId } } }),
    );
    return { instance, history, slas, incidents, definition };
  }, [id]);
  const [names, setNames] = useState(new Map<string, string>());
  const data = loaded.status === 'loaded' ? loaded.data : undefined;
  const taken = useMemo(() => data && pathTaken(data.history, data.instance), [data]);
  const role = me.value?.role ?? 'staff';

  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed')
    return (
      <div class="page">
        <Failed title={t('instance.failed')} error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  const { instance, history, slas, incidents, definition } = loaded.data;
  const active = instance.status === 'active';
  // Back to the process for those who read processes; else to the customer, whose story led here.
  const back = includes(role, 'analyst')
    ? {
        href: `/processes/${encodeURIComponent(instance.processId)}`,
        label: definition.name ?? definition.processId,
      }
    : instance.businessKey
      ? {
          href: `/customers/${encodeURIComponent(instance.businessKey)}`,
          label: instance.businessKey,
        }
      : undefined;

  return (
    <div class="page page--wide instance-page">
      <PageHeader
        back={back}
        title={definition.name ?? definition.processId}
        subtitle={
          <span class="instance-facts">
            <span class={`badge badge--status-${instance.status}`}>
              {t(`instance.status.${instance.status}`)}
            </span>
            {active && instance.suspended && (
              <span class="badge badge--suspended" title={t('instance.suspended.explain')}>
                <Icon name="pause" />
                {t('instance.suspended')}
              </span>
            )}
            {instance.businessKey && (
              <Link href={`/customers/${encodeURIComponent(instance.businessKey)}`}>
                {t('instance.customer', { businessKey: instance.businessKey })}
              </Link>
            )}
            <span>{t('processes.version', { version: definition.version })}</span>
            <span>{t('instance.started', { at: formatDateTime(instance.startedAt) })}</span>
            {instance.endedAt && (
              <span>{t('instance.ended', { at: formatDateTime(instance.endedAt) })}</span>
            )}
            <span class="mono">{instance.id}</span>
          </span>
        }
      >
        {active && includes(role, 'developer') && (
          <>
            <SuspendInstance
              instanceId={id}
              suspended={instance.suspended}
              onChanged={loaded.reload}
            />
            <CancelInstance instanceId={id} onCancelled={loaded.reload} />
          </>
        )}
      </PageHeader>
      <div class="instance-layout">
        <div class="instance-main">
          {taken && (
            <InstanceDiagram definitionId={instance.definitionId} path={taken} onNames={setNames} />
          )}
          <h2 class="section-title">{t('instance.slas')}</h2>
          <InstanceSlas
            instanceId={id}
            slas={slas}
            names={names}
            canRetarget={includes(role, 'supervisor')}
            onChanged={loaded.reload}
          />
          {incidents.length > 0 && (
            <>
              <h2 class="section-title">{t('instance.incidents')}</h2>
              <IncidentTable
                incidents={incidents}
                names={names}
                showInstance={false}
                canRetry={includes(role, 'developer')}
                onChanged={loaded.reload}
              />
            </>
          )}
          <h2 class="section-title">{t('instance.variables')}</h2>
          <VariablesTable variables={instance.variables} />
        </div>
        <AuditLog lines={history} names={names} processId={instance.processId} />
      </div>
    </div>
  );
}
