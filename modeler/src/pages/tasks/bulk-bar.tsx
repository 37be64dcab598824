import { useState } from 'preact/hooks';
import { api, call } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';
import { useResource } from '../../ui/use-resource.ts';

/**
 * What a supervisor does to the selected tasks at once: claim them, or assign or delegate them
 * to someone of the teams they steer. Each task is one request; the list follows by the stream.
 */
export function BulkBar({
  count,
  onClaim,
  onAssign,
  onDelegate,
  onClear,
}: {
  count: number;
  onClaim: () => void;
  onAssign: (username: string | null) => void;
  onDelegate: (username: string) => void;
  onClear: () => void;
}) {
  const teams = useResource(() => call(api.GET('/api/teams')), []);
  const [person, setPerson] = useState('');
  const people =
    teams.status === 'loaded'
      ? [...new Set(teams.data.flatMap((team) => team.members.map((m) => m.username)))].sort()
      : [];
  return (
    <section class="bulk-bar" aria-label={t('tasks.bulk.label')}>
      <span class="bulk-bar__count">{t('tasks.bulk.selected', { count })}</span>
      <button type="button" class="button button--small" onClick={onClaim}>
        {t('tasks.claim')}
      </button>
      <label class="field field--inline">
        <span class="field__label">{t('tasks.bulk.person')}</span>
        <select
          class="input"
          name="person"
          value={person}
          onChange={(e) => setPerson((e.target as HTMLSelectElement).value)}
        >
          <option value="">{t('tasks.bulk.choose')}</option>
          {people.map((username) => (
            <option key={username} value={username}>
              {username}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="button button--small"
        disabled={!person}
        onClick={() => onAssign(person)}
      >
        {t('tasks.assign')}
      </button>
      <button
        type="button"
        class="button button--small"
        disabled={!person}
        onClick={() => onDelegate(person)}
      >
        {t('tasks.delegate')}
      </button>
      <button type="button" class="button button--small" onClick={() => onAssign(null)}>
        {t('tasks.bulk.release')}
      </button>
      <button type="button" class="button button--ghost button--small" onClick={onClear}>
        {t('tasks.bulk.clear')}
      </button>
    </section>
  );
}
