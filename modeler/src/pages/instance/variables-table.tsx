import type { Schemas } from '../../api/client.ts';
import { t } from '../../i18n/i18n.ts';

/** A variable's value as stored: text as written, anything else as JSON. */
function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The process variables by name, values as the process holds them. */
export function VariablesTable({
  variables,
}: {
  variables: Schemas['ProcessInstance']['variables'];
}) {
  const entries = Object.entries(variables).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p class="muted">{t('instance.variables.none')}</p>;
  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t('instance.variables.name')}</th>
          <th scope="col">{t('instance.variables.value')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <td class="mono">{name}</td>
            <td class="mono variable-value">{shown(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
