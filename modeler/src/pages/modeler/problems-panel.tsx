import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { problemMessage } from '../../i18n/problem-message.ts';
import { escapeHtml } from '../../ui/escape-html.ts';
import { Icon } from '../../ui/icon.tsx';
import { ProblemText } from '../../ui/problem-text.tsx';
import type { DeployOutcome, Problem } from './deploy.ts';

interface Modeler {
  get(name: 'overlays'): {
    add(id: string, type: string, o: object): string;
    remove(filter: { type: string }): void;
  };
  get(name: 'elementRegistry'): { get(id: string): unknown };
  get(name: 'selection'): { select(element: unknown): void };
}

const OVERLAY = 'server-problem';

/**
 * The server's answer to a deploy: the problems of its dry run listed, and drawn on their
 * elements (a selection jumps to one); a success names the new version.
 */
export function ProblemsPanel({ modeler, outcome }: { modeler: Modeler; outcome: DeployOutcome }) {
  const errors = outcome.problems.filter((p) => p.severity === 'error');

  useEffect(() => {
    const overlays = modeler.get('overlays');
    const registry = modeler.get('elementRegistry');
    overlays.remove({ type: OVERLAY });
    for (const problem of outcome.problems) {
      if (!problem.elementId || !registry.get(problem.elementId)) continue;
      overlays.add(problem.elementId, OVERLAY, {
        position: { top: -12, right: 12 },
        html: `<span class="server-problem server-problem--${problem.severity}" title="${escapeHtml(problemMessage(problem))}">!</span>`,
      });
    }
    return () => overlays.remove({ type: OVERLAY });
  }, [modeler, outcome]);

  function show(problem: Problem) {
    const element = problem.elementId && modeler.get('elementRegistry').get(problem.elementId);
    if (element) modeler.get('selection').select(element);
  }

  return (
    <section class="problems" aria-label={t('modeler.problems')}>
      {outcome.kind === 'deployed' ? (
        <p class="callout callout--success" role="status">
          <Icon name="check" />
          {t('modeler.deployed', {
            process: outcome.definition.name ?? outcome.definition.processId,
            version: outcome.definition.version,
          })}
        </p>
      ) : (
        <p class="callout callout--error" role="alert">
          <Icon name="alert" />
          {t('modeler.blocked', { count: errors.length })}
        </p>
      )}
      {outcome.problems.length > 0 && (
        <ul class="problem-list">
          {outcome.problems.map((p) => (
            <li
              key={`${p.code}-${p.elementId}-${p.message}`}
              class={`problem problem--${p.severity}`}
            >
              <Icon name="alert" size={14} />
              <button type="button" class="link-button" title={p.message} onClick={() => show(p)}>
                <ProblemText problem={p} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
