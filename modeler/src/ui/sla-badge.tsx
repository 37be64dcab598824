import type { Schemas } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { Icon, type IconName } from './icon.tsx';

type SlaState = NonNullable<Schemas['TaskSla']>['state'];

const icons: Record<SlaState, IconName> = {
  'on-time': 'clock',
  'at-risk': 'alert',
  breached: 'flame',
  met: 'check',
  cancelled: 'dash',
};

/** An SLA state as a word with an icon beside its colour, never colour alone. */
export function SlaBadge({ state }: { state: SlaState | null }) {
  if (!state) return <span class="badge badge--neutral">{t('sla.none')}</span>;
  return (
    <span class={`badge badge--sla-${state}`}>
      <Icon name={icons[state]} size={12} />
      {t(`sla.${state}`)}
    </span>
  );
}
