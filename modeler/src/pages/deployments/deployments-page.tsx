import { useRef, useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { t } from '../../i18n/i18n.ts';
import { Icon } from '../../ui/icon.tsx';
import { Link } from '../../ui/link.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { RelativeTime } from '../../ui/relative-time.tsx';
import { Empty, Failed, Loading } from '../../ui/states.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { type DeployOutcome, checkAndDeploy } from '../modeler/deploy.ts';
import { readDiagramFile } from '../modeler/read-diagram-file.ts';
import { deployedByText } from '../processes/deployed-by.ts';
import { DeployResult } from './deploy-result.tsx';

/** Every deployment, newest first, with the versions it made; developers deploy a file here. */
export default function DeploymentsPage() {
  const deployments = useResource(
    async () => (await call(api.GET('/api/deployments'))).reverse(),
    [],
  );
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<{ file: string; result: DeployOutcome | string }>();

  async function deploy(file: File) {
    try {
      const result = await checkAndDeploy(file.name, await readDiagramFile(file));
      setOutcome({ file: file.name, result });
      if (result.kind === 'deployed') deployments.reload();
    } catch (error) {
      setOutcome({ file: file.name, result: errorMessage(error) });
    }
  }

  return (
    <div class="page">
      <PageHeader title={t('deployments.title')} subtitle={t('deployments.subtitle')}>
        <button type="button" class="button button--primary" onClick={() => input.current?.click()}>
          <Icon name="upload" />
          {t('deployments.deployFile')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".bpmn,.xml"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={t('deployments.deployFile')}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            (e.target as HTMLInputElement).value = '';
            if (file) void deploy(file);
          }}
        />
      </PageHeader>
      {outcome && <DeployResult file={outcome.file} result={outcome.result} />}
      {deployments.status === 'loading' && <Loading />}
      {deployments.status === 'failed' && (
        <Failed
          title={t('list.error.title')}
          error={deployments.error}
          onRetry={deployments.reload}
        />
      )}
      {deployments.status === 'loaded' && deployments.data.length === 0 && (
        <Empty icon="rocket" title={t('deployments.empty')} />
      )}
      {deployments.status === 'loaded' && deployments.data.length > 0 && (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('deployments.column.file')}</th>
              <th scope="col">{t('deployments.column.versions')}</th>
              <th scope="col">{t('deployments.column.deployed')}</th>
            </tr>
          </thead>
          <tbody>
            {deployments.data.map((deployment) => (
              <tr key={deployment.id}>
                <td>
                  <span class="table__primary">{deployment.name}</span>
                  <div class="mono muted">{deployment.id}</div>
                </td>
                <td>
                  <ul class="plain-list">
                    {deployment.definitions.map((d) => (
                      <li key={d.id}>
                        <Link href={`/processes/${encodeURIComponent(d.processId)}`}>
                          {d.name ?? d.processId}
                        </Link>{' '}
                        <span class="badge badge--info">
                          {t('processes.version', { version: d.version })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <RelativeTime at={deployment.deployedAt} />
                  <div class="muted">{deployedByText(deployment.deployedBy)}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
