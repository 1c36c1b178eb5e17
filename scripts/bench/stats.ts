/** Medians, percentiles and the table `npm run bench` prints. */

/** One row of the table: measurement, median, target, result. */
export type BenchRow = [string, string, string, string];

/** The median of `values`. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The `p`-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Milliseconds as the table writes them; below 1 ms with two decimals, so fsyncs show. */
export function ms(value: number): string {
  return `${value.toFixed(value < 1 ? 2 : 1)} ms`;
}

/** How long `run` takes, in milliseconds. */
export function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The table as lines of text, columns padded. */
export function formatTable(rows: BenchRow[]): string[] {
  const header: BenchRow = ['measurement', 'median', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
