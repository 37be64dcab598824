import { useState } from 'preact/hooks';
import { formatDateTime, formatExact } from '../../i18n/format.ts';
import { hasMessage, t } from '../../i18n/i18n.ts';
import type { HistoryLine } from './path-taken.ts';

/** Lines about elements passing and flows taken: the engine's steps, shown on request. */
const ENGINE_STEPS = new Set(['activity.started', 'activity.completed', 'flow.taken']);

const kindLabel = (kind: string) => {
  const key = `audit.${kind}`;
  return hasMessage(key) ? t(key) : kind;
};

/** What a line adds to its kind: the variable written, the new assignee, the failure. */
function detailOf(line: HistoryLine): string | undefined {
  const data = line.data ?? {};
  if (line.kind === 'variable.set')
    return `${String(data.name)} = ${JSON.stringify(data.value) ?? ''}`;
  if (typeof data.assignee === 'string') return data.assignee;
  if (typeof data.errorCode === 'string') return data.errorCode;
  if (typeof data.escalationCode === 'string') return data.escalationCode;
  if (Array.isArray(data.changed)) return data.changed.join(', ');
  if (typeof data.message === 'string') return data.message;
  if (typeof data.reason === 'string') return data.reason;
  if (typeof data.flowId === 'string') return data.flowId;
  return undefined;
}

/**
 * Everything recorded about the instance, newest first: who did what, when, where; the
 * engine's own steps (elements entered and left, flows) only when asked for.
 */
export function AuditLog({
  lines,
  names,
  processId,
}: {
  lines: HistoryLine[];
  names: Map<string, string>;
  processId: string;
}) {
  const [steps, setSteps] = useState(false);
  const shown = lines.filter((line) => steps || !ENGINE_STEPS.has(line.kind)).toReversed();
  return (
    <section class="panel audit-log" aria-labelledby="audit-title">
      <header class="audit-log__header">
        <h2 id="audit-title" class="panel__title">
          {t('instance.audit')}
        </h2>
        <label class="audit-log__toggle">
          <input
            type="checkbox"
            checked={steps}
            onChange={(e) => setSteps((e.target as HTMLInputElement).checked)}
          />
          {t('instance.audit.steps')}
        </label>
      </header>
      <ol class="audit-log__lines">
        {shown.map((line) => {
          const detail = detailOf(line);
          // Lines about the whole instance name the process, which the page's title already says.
          const element =
            line.elementId && line.elementId !== processId
              ? (names.get(line.elementId) ?? line.elementId)
              : undefined;
          return (
            <li key={line.seq} class="audit-line" data-kind={line.kind}>
              <time dateTime={line.at} title={formatExact(line.at)} class="audit-line__time">
                {formatDateTime(line.at)}
              </time>
              <span>
                <span class="audit-line__kind">{kindLabel(line.kind)}</span>
                {element && <span class="audit-line__element">{element}</span>}
              </span>
              {(line.userId || detail) && (
                <span class="audit-line__detail">
                  {line.userId && <span class="audit-line__user">{line.userId}</span>}
                  {detail && <span class="mono">{detail}</span>}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
