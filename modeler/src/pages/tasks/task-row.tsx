import type { Schemas } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { Link } from '../../ui/link.tsx';
import { SlaCountdown } from '../../ui/sla-countdown.tsx';

type Task = Schemas['Task'];

/**
 * One open task: the customer first, then the task, where it runs, its promise ticking, who
 * holds it, and claim or give back. Focusable, so the list is worked with the keyboard.
 */
export function TaskRow({
  task,
  me,
  focused,
  selectable,
  selected,
  onSelect,
  onFocus,
  onClaim,
  onUnclaim,
}: {
  task: Task;
  me: string;
  focused: boolean;
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onFocus: () => void;
  onClaim: () => void;
  onUnclaim: () => void;
}) {
  const name = task.name ?? task.elementId;
  return (
    <tr
      class={focused ? 'task-row is-focused' : 'task-row'}
      data-task-id={task.id}
      tabIndex={focused ? 0 : -1}
      onFocus={onFocus}
    >
      {selectable && (
        <td class="task-row__select">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('tasks.select', { task: name })}
            onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
          />
        </td>
      )}
      <td class="task-row__customer">
        {task.businessKey ? (
          <span class="mono">{task.businessKey}</span>
        ) : (
          <span class="muted">{t('tasks.noCustomer')}</span>
        )}
      </td>
      <td>
        <Link
          class="table__primary"
          href={`/tasks/${encodeURIComponent(task.id)}`}
          tabIndex={focused ? 0 : -1}
        >
          {name}
        </Link>
        <div class="muted">
          <span class="task-row__process" title={task.processId}>
            {task.processName ?? task.processId}
          </span>
          {task.lane && ` · ${task.lane}`}
        </div>
      </td>
      <td>
        <SlaCountdown sla={task.sla} dueAt={task.dueAt} />
      </td>
      <td>
        {task.assignee ? (
          <span>{task.assignee === me ? t('tasks.you') : task.assignee}</span>
        ) : (
          <span class="muted">{t('tasks.unassigned')}</span>
        )}
      </td>
      <td class="task-row__actions">
        {task.suspended && <span class="badge badge--warning">{t('tasks.suspended')}</span>}
        {!task.suspended && task.assignee === null && (
          <button
            type="button"
            class="button button--small"
            tabIndex={focused ? 0 : -1}
            onClick={onClaim}
          >
            {t('tasks.claim')}
          </button>
        )}
        {!task.suspended && task.assignee === me && (
          <button
            type="button"
            class="button button--small"
            tabIndex={focused ? 0 : -1}
            onClick={onUnclaim}
          >
            {t('tasks.unclaim')}
          </button>
        )}
      </td>
    </tr>
  );
}
