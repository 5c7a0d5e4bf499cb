// Collects every figure of a bench run: each measurement keeps its samples, prints a line as it is taken, and at the
// end the whole run prints as one table (median, min, max, next to its baseline and target) and is written as JSON.
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";

export type Unit = "ms" | "runs/s" | "MB" | "count";

export interface MeasurementOptions {
  /** The label of a measurement taken earlier in the same run that this one is read against. */
  baseline?: string;
  /** The figure to beat, e.g. "< 200 ms" or ">= 20 runs/s". */
  target?: string;
}

export interface Measurement extends MeasurementOptions {
  section: string;
  label: string;
  unit: Unit;
  samples: number[];
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** Times `fn` `runs` times after one warm-up call. The shape every bench section takes. */
export type Timer = <T>(
  label: string,
  runs: number,
  fn: () => T | Promise<T>,
  options?: MeasurementOptions,
) => Promise<void>;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const figure = (value: number, unit: Unit) =>
  `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${unit}`;

export class BenchReport {
  private readonly measurements: Measurement[] = [];
  private section = "";

  /** Measurements recorded from now on belong to section `name` (the table's first column); `title` says what it measures. */
  startSection(name: string, title: string): void {
    this.section = name;
    console.log(`\n${title}`);
  }

  /** Records samples measured elsewhere (in a browser, across processes). */
  record(label: string, unit: Unit, samples: readonly number[], options: MeasurementOptions = {}): Measurement {
    if (samples.length === 0) throw new Error(`No samples for "${label}".`);
    const sorted = [...samples].sort((a, b) => a - b);
    const measurement: Measurement = {
      section: this.section,
      label,
      unit,
      samples: [...samples],
      median: percentile(sorted, 0.5),
      min: sorted[0]!,
      max: sorted[sorted.length - 1]!,
      p95: percentile(sorted, 0.95),
      ...options,
    };
    this.measurements.push(measurement);
    const spread =
      samples.length > 1
        ? `  (min ${figure(measurement.min, unit)}, max ${figure(measurement.max, unit)}, n=${samples.length})`
        : "";
    console.log(`  ${label.padEnd(64)} ${figure(measurement.median, unit).padStart(12)}${spread}`);
    return measurement;
  }

  readonly time: Timer = async (label, runs, fn, options) => {
    await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    this.record(label, "ms", samples, options);
  };

  find(label: string): Measurement | undefined {
    return this.measurements.find((m) => m.label === label);
  }

  printTable(): void {
    const rows = this.measurements.map((m) => {
      const base = m.baseline ? this.find(m.baseline) : undefined;
      return [
        m.section,
        m.label,
        figure(m.median, m.unit),
        figure(m.min, m.unit),
        figure(m.max, m.unit),
        base ? `${figure(base.median, base.unit)} (${m.baseline})` : "",
        m.target ?? "",
      ];
    });
    const header = ["section", "measurement", "median", "min", "max", "baseline", "target"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ");
    console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-+-")}`);
    for (const row of rows) console.log(line(row));
  }

  async writeJson(file: string): Promise<void> {
    const body = { takenAt: new Date().toISOString(), node: process.version, measurements: this.measurements };
    await writeFile(file, `${JSON.stringify(body, null, 2)}\n`);
    console.log(`\nWrote ${file}`);
  }
}
