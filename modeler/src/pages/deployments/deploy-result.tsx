import { t } from '../../i18n/i18n.ts';
import { ProblemText } from '../../ui/problem-text.tsx';
import { Icon } from '../../ui/icon.tsx';
import type { DeployOutcome } from '../modeler/deploy.ts';

/**
 * What deploying a file ended with: the new version, or the problems that blocked it, each with
 * its element and line; a request that failed outright says why (`result` is then its message).
 */
export function DeployResult({ file, result }: { file: string; result: DeployOutcome | string }) {
  if (typeof result === 'string')
    return (
      <p class="callout callout--error" role="alert">
        <Icon name="alert" />
        {result}
      </p>
    );
  const errors = result.problems.filter((p) => p.severity === 'error');
  return (
    <section class="deploy-result" aria-label={file}>
      {result.kind === 'deployed' ? (
        <p class="callout callout--success" role="status">
          <Icon name="check" />
          {t('modeler.deployed', {
            process: result.definition.name ?? result.definition.processId,
            version: result.definition.version,
          })}
        </p>
      ) : (
        <p class="callout callout--error" role="alert">
          <Icon name="alert" />
          {t('deployments.blocked', { file, count: errors.length })}
        </p>
      )}
      {result.problems.length > 0 && (
        <ul class="problem-list">
          {result.problems.map((p) => (
            <li
              key={`${p.code}-${p.elementId ?? ''}-${p.line ?? ''}`}
              class={`problem problem--${p.severity}`}
              title={p.message}
            >
              <Icon name="alert" size={14} />
              <span>
                <ProblemText problem={p} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
