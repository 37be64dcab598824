import { formatPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * The share of promises kept as a number and a bar (kept in green, broken in red); a dash when
 * no promise was decided yet, never a misleading 0 % or 100 %.
 */
export function ComplianceBar({ share }: { share: number | null }) {
  if (share === null)
    return (
      <span class="compliance compliance--none" title={t('dashboard.noDecided')}>
        –
      </span>
    );
  return (
    <span class="compliance">
      <span class="compliance__value">{formatPercent(share)}</span>
      <span class="compliance__bar" aria-hidden="true">
        <span class="compliance__kept" style={{ width: `${share * 100}%` }} />
      </span>
    </span>
  );
}
