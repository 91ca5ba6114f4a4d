/** One benchmark row and how rows print: a measured value, its spread, and the target it is held to. */
import type { Summary } from './stats';

export interface Row {
  name: string;
  unit: string;
  summary: Summary | null;
  /** The value compared with the target; usually the median. */
  value: number | null;
  target: string;
  met: boolean | null;
  note: string;
}

export interface Target {
  /** The statistic held to the limit: the median, or the p90 for latencies a user feels at their worst. */
  stat: 'median' | 'p90';
  limit: number;
  /** True for speed-ups and other figures that must reach the limit rather than stay under it. */
  atLeast?: boolean;
  /**
   * For a time budget: how much slower than the reference machine this one ran the fixed workload
   * (bench/machineUnit.ts) in this run. The budget held is `limit x machine`, so it means the same on any machine.
   */
  machine?: number;
}

/** A row held to a target, or an informative row (no target) when `target` is null. */
export function row(name: string, unit: string, summary: Summary, target: Target | null, note = ''): Row {
  if (!target) return { name, unit, summary, value: summary.median, target: '-', met: null, note };
  const value = summary[target.stat];
  const limit = target.limit * (target.machine ?? 1);
  const met = target.atLeast ? value >= limit : value <= limit;
  const scale = target.machine === undefined ? '' : ` x ${target.machine.toFixed(2)}`;
  const label = `${target.stat} ${target.atLeast ? '>=' : '<='} ${target.limit} ${unit}${scale}`;
  return { name, unit, summary, value, target: label, met, note };
}

export function skipped(name: string, target: string, note: string): Row {
  return { name, unit: '', summary: null, value: null, target, met: null, note };
}

/** A row whose measurement could not run: it misses its target, with the reason. */
export function failed(name: string, target: string, note: string): Row {
  return { name, unit: '', summary: null, value: null, target, met: false, note };
}

const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));

function cells(r: Row): string[] {
  const s = r.summary;
  const status = r.met === null ? (s ? 'info' : 'SKIPPED') : r.met ? 'ok' : s ? 'MISSED' : 'FAILED';
  return [r.name, s ? `${fmt(s.median)} ${r.unit}` : '-', s ? `${fmt(s.p10)} .. ${fmt(s.p90)}` : '-', s ? String(s.runs) : '-', r.target, status, r.note];
}

export function table(rows: Row[]): string {
  const head = ['benchmark', 'median', 'p10 .. p90', 'runs', 'target', 'status', 'note'];
  const body = rows.map(cells);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((c) => (i === 6 ? 0 : c[i].length))));
  const line = (c: string[]): string => c.map((v, i) => (i === 6 ? v : v.padEnd(widths[i]))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
