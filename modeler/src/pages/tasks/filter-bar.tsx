import type { Me } from '../../api/client.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { t } from '../../i18n/i18n.ts';
import { groupName } from '../../i18n/names.ts';
import type { SlaState, TaskFilter } from './task-filter.ts';

const SLA_CHOICES: { states: SlaState[]; label: MessageKey }[] = [
  { states: [], label: 'tasks.filter.sla.any' },
  { states: ['breached'], label: 'tasks.filter.sla.breached' },
  { states: ['at-risk', 'breached'], label: 'tasks.filter.sla.late' },
  { states: ['at-risk'], label: 'tasks.filter.sla.atRisk' },
  { states: ['on-time'], label: 'tasks.filter.sla.onTime' },
];

/** The queues a user has: their own tasks, each of their groups (lanes), everything they may see. */
function queuesOf(user: Me): { id: string; label: string }[] {
  return [
    { id: 'mine', label: t('tasks.queue.mine') },
    ...user.groups.map((group) => ({ id: `group:${group}`, label: groupName(group) })),
    { id: 'all', label: t('tasks.queue.all') },
  ];
}

/** Queue tabs and filters; every change goes to the address, so a filtered list can be shared. */
export function FilterBar({
  user,
  filter,
  processes,
  lanes,
  onChange,
}: {
  user: Me;
  filter: TaskFilter;
  /** Processes (id and name as drawn) and lanes seen in the list, offered as choices. */
  processes: { id: string; name: string | null }[];
  lanes: string[];
  onChange: (next: TaskFilter) => void;
}) {
  const set = (patch: Partial<TaskFilter>) => onChange({ ...filter, ...patch });
  const text = (e: Event) => (e.target as HTMLInputElement).value.trim() || undefined;
  return (
    <div class="filter-bar">
      <nav class="segmented" aria-label={t('tasks.queues')}>
        {queuesOf(user).map((queue) => (
          <button
            key={queue.id}
            type="button"
            class={filter.queue === queue.id ? 'segmented__item is-active' : 'segmented__item'}
            aria-pressed={filter.queue === queue.id}
            onClick={() => set({ queue: queue.id })}
          >
            {queue.label}
          </button>
        ))}
      </nav>
      <div class="filter-bar__fields">
        <label class="field field--inline">
          <span class="field__label">{t('tasks.filter.customer')}</span>
          <input
            class="input"
            name="businessKey"
            value={filter.businessKey ?? ''}
            onChange={(e) => set({ businessKey: text(e) })}
          />
        </label>
        <label class="field field--inline">
          <span class="field__label">{t('tasks.filter.process')}</span>
          <input
            class="input"
            name="processId"
            list="task-processes"
            value={filter.processId ?? ''}
            onChange={(e) => set({ processId: text(e) })}
          />
          <datalist id="task-processes">
            {processes.map(({ id, name }) => (
              <option key={id} value={id} label={name ?? id} />
            ))}
          </datalist>
        </label>
        <label class="field field--inline">
          <span class="field__label">{t('tasks.filter.lane')}</span>
          <input
            class="input"
            name="lane"
            list="task-lanes"
            value={filter.lane ?? ''}
            onChange={(e) => set({ lane: text(e) })}
          />
          <datalist id="task-lanes">
            {lanes.map((id) => (
              <option key={id} value={id} />
            ))}
          </datalist>
        </label>
        <label class="field field--inline">
          <span class="field__label">{t('tasks.filter.sla')}</span>
          <select
            class="input"
            name="sla"
            value={filter.slaStates?.join(',') ?? ''}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              const choice = SLA_CHOICES.find((c) => c.states.join(',') === value);
              set({ slaStates: choice?.states.length ? choice.states : undefined });
            }}
          >
            {SLA_CHOICES.map((choice) => (
              <option key={choice.label} value={choice.states.join(',')}>
                {t(choice.label)}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline">
          <span class="field__label">{t('tasks.filter.dueBefore')}</span>
          <input
            class="input"
            type="datetime-local"
            name="dueBefore"
            value={filter.dueBefore ? localInput(filter.dueBefore) : ''}
            onChange={(e) => {
              const value = (e.target as HTMLInputElement).value;
              set({ dueBefore: value ? new Date(value).toISOString() : undefined });
            }}
          />
        </label>
      </div>
    </div>
  );
}

/** An instant as a `datetime-local` value in this browser's time zone. */
function localInput(iso: string): string {
  const at = new Date(iso);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
