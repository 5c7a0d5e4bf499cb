// Timing a read that follows a write, as a console poll does while runs keep changing what it reads: the write is
// not timed, and it runs before every read, so no read finds what the previous one cached.
import type { BenchContext } from "./context";
import type { MeasurementOptions } from "./report";

export async function timeAfterChange(
  ctx: BenchContext,
  label: string,
  runs: number,
  change: () => Promise<unknown>,
  read: () => Promise<unknown>,
  options?: MeasurementOptions,
): Promise<void> {
  await change();
  await read();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await change();
    const started = performance.now();
    await read();
    samples.push(performance.now() - started);
  }
  ctx.report.record(label, "ms", samples, options);
}
