/**
 * The benchmark's output: a table for people, then one line of JSON for machines:
 * `{"scenarios": {"<name>": {"promesa": n, "bpmnEngine": n, "ratio": n, "unit": "..."}}, "env": {...}}`.
 */

export interface Row {
  /** Key in the JSON line, e.g. `in-memory-gateway`. */
  name: string;
  /** What the table shows in its first column. */
  label: string;
  promesa: number | null;
  /** null where bpmn-engine has nothing comparable (no task list, no job executor). */
  bpmnEngine: number | null;
  /** Rows measured against the machine carry its limit; their ratio is Promesa over the limit. */
  limit?: number;
  /**
   * The median of the ratios taken in each run, where Promesa and the limit were measured
   * together: shown instead of the ratio of the two medians, which may pair a slow minute's
   * figure with a fast minute's limit.
   */
  ratio?: number;
  unit: string;
  /** `higher` for throughput (ratio Promesa / peer); `lower` for memory and latency (peer / Promesa). */
  better: 'higher' | 'lower';
  /** Anything the figure needs to be read right ("lateness n/a: fake clock"). */
  note?: string;
}

/** Ratio as the issue defines it: above 1 means Promesa does better. */
export function ratioOf(row: Row): number | null {
  if (row.promesa === null || !Number.isFinite(row.promesa)) return null;
  if (row.ratio !== undefined) return Number.isFinite(row.ratio) ? row.ratio : null;
  if (row.limit !== undefined) return row.limit > 0 ? row.promesa / row.limit : null;
  if (row.bpmnEngine === null || !Number.isFinite(row.bpmnEngine)) return null;
  const [top, bottom] =
    row.better === 'higher' ? [row.promesa, row.bpmnEngine] : [row.bpmnEngine, row.promesa];
  return bottom > 0 ? top / bottom : null;
}

/** Rounds for display and JSON: integers from 100 up, else three significant digits. */
export function round(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

const show = (value: number | null | undefined) => (round(value) ?? 'n/a').toLocaleString('en-US');

export function formatTable(rows: readonly Row[]): string {
  const header = ['scenario', 'Promesa', 'bpmn-engine', 'limit', 'ratio', 'unit', 'note'];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    return [
      row.label,
      show(row.promesa),
      show(row.bpmnEngine),
      row.limit === undefined ? '' : show(row.limit),
      ratio === null ? 'n/a' : `${show(ratio)}×`,
      row.unit,
      row.note ?? '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join(
    '\n',
  );
}

export function formatJson(rows: readonly Row[], env: Record<string, unknown>): string {
  const scenarios = Object.fromEntries(
    rows.map((row) => [
      row.name,
      {
        promesa: round(row.promesa),
        bpmnEngine: round(row.bpmnEngine),
        ...(row.limit !== undefined && { limit: round(row.limit) }),
        ratio: round(ratioOf(row)),
        unit: row.unit,
      },
    ]),
  );
  return JSON.stringify({ scenarios, env });
}
