import { execSync } from 'node:child_process';
import os from 'node:os';

export interface Row {
  key: string;
  label: string;
  issue: string;
  endpoint: string;
  /** 1 = sequential latency probe (precise to 0.01 ms); otherwise autocannon connections (whole ms). */
  concurrency: number;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  bytes: number;
  baselineRps: number;
  ratio: number;
  note?: string;
}

export interface Flatness {
  key: string;
  label: string;
  smallRows: number;
  fullRows: number;
  smallP50: number;
  fullP50: number;
  growth: number;
}

export interface Target {
  issue: string;
  target: string;
  measured: string;
  verdict: 'met' | 'not met' | 'not measured' | 'met (other conditions)' | 'not met (other conditions)';
}

export interface Results {
  startedAt: string;
  machine: Machine;
  options: { db: string; scale: string; seconds: number; concurrency: number[]; probeCount: number; mode: string };
  counts: Record<string, number>;
  generationSeconds: number;
  coldStartMs: number;
  rss: { idleMiB: number | null; maxUnderLoadMiB: number | null };
  rows: Row[];
  skipped: { key: string; label: string; issue: string; reason: string }[];
  flatness: Flatness[];
  seats: { activities: number; overbooked: number; counterMismatch: number; confirmed: number; waitlisted: number } | null;
  targets: Target[];
}

export interface Machine {
  cpu: string;
  nproc: number;
  memory: string;
  node: string;
  os: string;
  postgres?: string;
  /** 1-minute load average at the start and the end of the run: other work on the machine skews every figure. */
  loadAverage?: { start: number; end: number };
}

export function machine(): Machine {
  let memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  try {
    memory = execSync('free -h', { encoding: 'utf8' }).split('\n')[1]?.trim().split(/\s+/)[1] ?? memory;
  } catch {
    // free(1) missing: os.totalmem() is close enough.
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    nproc: os.availableParallelism(),
    memory,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits).replace(/\.0+$/, '') : '—');

function errorCell(r: Row): string {
  const other = Object.entries(r.statusCounts).filter(([code]) => !code.startsWith('2'));
  const parts = [String(r.errors + r.non2xx)];
  if (other.length) parts.push(`(${other.map(([c, n]) => `${n}×${c}`).join(' ')})`);
  return parts.join(' ');
}

/** p50/p99 cells: a run in which no request finished has no latency to show. */
const latency = (r: Row, v: number) => (r.requests === 0 ? '—' : fmt(v, 2));

export function textTable(rows: Row[]): string {
  const header = ['endpoint', 'conc', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'baseline req/s', 'ratio'];
  const body = rows.map((r) => [
    r.label,
    String(r.concurrency),
    String(r.rps),
    latency(r, r.p50),
    latency(r, r.p99),
    errorCell(r),
    String(r.baselineRps),
    fmt(r.ratio, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdown(results: Results): string {
  const m = results.machine;
  const lines = [
    `# Benchmark ${results.startedAt}`,
    '',
    `Machine: ${m.cpu}, ${m.nproc} cores (nproc), ${m.memory} memory, Node ${m.node}, ${m.os}${m.postgres ? `, ${m.postgres}` : ''}.` +
      (m.loadAverage
        ? ` Load average (1 min) ${m.loadAverage.start.toFixed(1)} at the start, ${m.loadAverage.end.toFixed(1)} at the end.`
        : ''),
    `Database: ${results.options.db}; scale ${results.options.scale} (${Object.entries(results.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}).`,
    `Server: ${results.options.mode}. Load: autocannon, ${results.options.seconds} s per run; concurrency 1 rows are up to ${results.options.probeCount} sequential requests (at most 20 s) timed one by one, precise to 0.01 ms; autocannon rows are in whole ms.`,
    `Cold start (spawn → /api/health ok): ${results.coldStartMs} ms. RSS idle ${results.rss.idleMiB ?? '—'} MiB, highest under load ${results.rss.maxUnderLoadMiB ?? '—'} MiB.`,
    '',
    '| endpoint | route | issue | conc | requests | req/s | p50 ms | p99 ms | errors | bytes | baseline req/s | ratio |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...results.rows.map(
      (r) =>
        `| ${r.label} | \`${r.endpoint}\` | ${r.issue} | ${r.concurrency} | ${r.requests} | ${r.rps} | ${latency(r, r.p50)} | ${latency(r, r.p99)} | ${errorCell(r)} | ${r.bytes} | ${r.baselineRps} | ${fmt(r.ratio, 2)} |`,
    ),
  ];
  if (results.skipped.length) {
    lines.push('', 'Not measured:', '', ...results.skipped.map((s) => `- ${s.label} (${s.issue}): ${s.reason}`));
  }
  const notes = results.rows.filter((r) => r.note);
  if (notes.length) lines.push('', 'Notes:', '', ...[...new Set(notes.map((r) => `- ${r.label}: ${r.note}`))]);
  if (results.flatness.length) {
    lines.push(
      '',
      "## Flatness (median at concurrency 1: a 1,000-row database, then this run's)",
      '',
      '| list | rows | p50 ms | rows | p50 ms | growth |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const f of results.flatness)
      lines.push(
        `| ${f.label} | ${f.smallRows.toLocaleString('en')} | ${fmt(f.smallP50, 2)} | ${f.fullRows.toLocaleString('en')} | ${fmt(f.fullP50, 2)} | ×${fmt(f.growth, 2)} |`,
      );
  }
  if (results.seats) {
    const s = results.seats;
    lines.push(
      '',
      `Seat check after the sign-up load: ${s.activities} activities, ${s.confirmed} confirmed, ${s.waitlisted} waitlisted, ${s.overbooked} overbooked, ${s.counterMismatch} seat counters out of step with the rows.`,
    );
  }
  lines.push('', '## Targets from the feature issues', '', '| issue | target | measured | verdict |', '| --- | --- | --- | --- |');
  for (const t of results.targets) lines.push(`| ${t.issue} | ${t.target} | ${t.measured} | ${t.verdict} |`);
  return `${lines.join('\n')}\n`;
}
