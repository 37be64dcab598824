import { api, call, type Schemas } from '../../api/client.ts';

type CountRow = Schemas['InstanceCounts']['byDefinition'][number];

/** Running and finished (completed, terminated or cancelled) instances. */
export interface InstanceTally {
  running: number;
  finished: number;
}

/** The server's instance counts per version and status, one request for a whole page. */
export async function loadInstanceCounts(): Promise<CountRow[]> {
  return (await call(api.GET('/api/metrics/instances'))).byDefinition;
}

/**
 * Sums the counts of the rows that match.
 *
 * @example
 * tally(rows, (r) => r.processId === 'customer-request') // { running: 3, finished: 12 }
 */
export function tally(rows: CountRow[], match: (row: CountRow) => boolean): InstanceTally {
  const sum = { running: 0, finished: 0 };
  for (const row of rows.filter(match)) {
    if (row.status === 'active') sum.running += row.count;
    else sum.finished += row.count;
  }
  return sum;
}
