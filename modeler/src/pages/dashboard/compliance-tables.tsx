import type { MessageKey } from '../../i18n/catalogue.ts';
import { formatDuration, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { ComplianceBar } from './compliance-bar.tsx';
import type { DashboardData } from './dashboard-data.ts';

const count = (value: number) => <td class="numeric">{formatNumber(value)}</td>;
const duration = (ms: number | null) => (
  <td class="numeric">{ms === null ? '–' : formatDuration(ms)}</td>
);

/** A table's column headings: the named ones first, then those of counts (right-aligned). */
function TableHead({ named, counted }: { named: MessageKey[]; counted: MessageKey[] }) {
  return (
    <thead>
      <tr>
        {named.map((key) => (
          <th key={key} scope="col">
            {t(key)}
          </th>
        ))}
        {counted.map((key) => (
          <th key={key} scope="col" class="numeric">
            {t(key)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A lane's name, or what stands for work outside any lane. */
const laneName = (lane: string | null) => lane ?? t('dashboard.noLane');

/**
 * Per lane: the promises of the window (kept, broken, the share kept), the running ones at
 * risk or broken now, and the open work with how much of it is overdue.
 */
export function LaneTable({ data }: { data: DashboardData }) {
  const lanes = [
    ...new Set([
      ...data.sla.byLane.map((r) => r.lane),
      ...data.sla.openByLane.map((r) => r.lane),
      ...data.openWork.byLane.map((r) => r.lane),
    ]),
  ].sort((a, b) => laneName(a).localeCompare(laneName(b)));
  if (lanes.length === 0) return <p class="muted">{t('dashboard.nothingYet')}</p>;
  return (
    <table class="table">
      <TableHead
        named={['dashboard.column.lane', 'dashboard.column.compliance']}
        counted={[
          'dashboard.column.kept',
          'dashboard.column.broken',
          'dashboard.column.atRiskNow',
          'dashboard.column.brokenNow',
          'dashboard.column.open',
          'dashboard.column.overdue',
        ]}
      />
      <tbody>
        {lanes.map((lane) => {
          const window = data.sla.byLane.find((r) => r.lane === lane);
          const now = data.sla.openByLane.find((r) => r.lane === lane);
          const work = data.openWork.byLane.find((r) => r.lane === lane);
          return (
            <tr key={lane ?? ''}>
              <th scope="row" class="table__primary">
                {laneName(lane)}
              </th>
              <td>
                <ComplianceBar share={window?.compliance ?? null} />
              </td>
              {count(window?.met ?? 0)}
              {count(window?.breached ?? 0)}
              {count(now?.atRisk ?? 0)}
              {count(now?.breached ?? 0)}
              {count(work?.open ?? 0)}
              {count(work?.overdue ?? 0)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * Per touchpoint (each activity a promise is made on), slowest first by the time nine in ten
 * promises took: where the company is slow, and whether it still keeps its word there.
 */
export function TouchpointTable({ data }: { data: DashboardData }) {
  const rows = [...data.sla.byElement].sort((a, b) => (b.p90CloseMs ?? -1) - (a.p90CloseMs ?? -1));
  if (rows.length === 0) return <p class="muted">{t('dashboard.nothingYet')}</p>;
  return (
    <table class="table">
      <TableHead
        named={['dashboard.column.touchpoint', 'dashboard.column.compliance']}
        counted={[
          'dashboard.column.kept',
          'dashboard.column.broken',
          'dashboard.column.average',
          'dashboard.column.p90',
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.processId} ${row.elementId}`}>
            <th scope="row">
              <span class="table__primary">{row.name ?? row.elementId}</span>
              <div class="muted">
                {[row.lane, row.touchpoint].filter(Boolean).join(' · ') || row.processId}
              </div>
            </th>
            <td>
              <ComplianceBar share={row.compliance} />
            </td>
            {count(row.met)}
            {count(row.breached)}
            {duration(row.averageCloseMs)}
            {duration(row.p90CloseMs)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per process (analysts and above: a process spans lanes a supervisor may not steer). */
export function ProcessTable({ data }: { data: DashboardData }) {
  return (
    <table class="table">
      <TableHead
        named={['dashboard.column.process', 'dashboard.column.compliance']}
        counted={[
          'dashboard.column.kept',
          'dashboard.column.broken',
          'dashboard.column.running',
          'dashboard.column.p90',
        ]}
      />
      <tbody>
        {data.sla.byProcess.map((row) => (
          <tr key={row.processId}>
            <th scope="row" class="table__primary">
              {row.name ?? row.processId}
            </th>
            <td>
              <ComplianceBar share={row.compliance} />
            </td>
            {count(row.met)}
            {count(row.breached)}
            {count(row.onTime + row.atRisk)}
            {duration(row.p90CloseMs)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
