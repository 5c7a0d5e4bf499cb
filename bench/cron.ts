// Stepping through cron ticks: Strata's table stepper (nextCronTick, naive wall-clock minutes) against croner
// enumerating the same cron at a UTC offset of 0, 100,000 ticks each. Croner steps Dates and stops at the year 3000,
// so both run ten laps of 10,000 ticks from 2000-01-01 (10,000 monthly ticks end in the 2800s).
import { Cron } from "croner";
import { CRONER_OPTIONS, parseCron } from "../lib/core/partitions/cron";
import { nextCronTick } from "../lib/core/partitions/cronStepper";
import type { BenchContext } from "./context";

const CRONS = ["0 * * * *", "*/15 * * * *", "0 6 * * 1-5", "0 0 L * *", "0 0 * * 5#2"];
const LAPS = 10;
const LAP_TICKS = 10_000;
const FROM = { year: 2000, month: 1, day: 1, hour: 0, minute: 0 };

function strataTicks(text: string): number {
  const parsed = parseCron(text);
  if (!parsed.ok) throw new Error(parsed.message);
  let last = 0;
  for (let lap = 0; lap < LAPS; lap++) {
    let wall = FROM;
    for (let i = 0; i < LAP_TICKS; i++) wall = nextCronTick(parsed.cron, wall);
    last += wall.year;
  }
  return last;
}

function cronerTicks(text: string): number {
  const job = new Cron(text, { ...CRONER_OPTIONS, utcOffset: 0 });
  let last = 0;
  for (let lap = 0; lap < LAPS; lap++) {
    const runs = job.enumerate(new Date(Date.UTC(FROM.year, FROM.month - 1, FROM.day)));
    let date: Date | undefined;
    for (let i = 0; i < LAP_TICKS; i++) {
      date = runs.next().value;
      if (!date) throw new Error(`croner stopped after ${i} ticks of "${text}"`);
    }
    last += date?.getUTCFullYear() ?? 0;
  }
  return last;
}

export async function benchCron({ report }: BenchContext): Promise<void> {
  for (const text of CRONS) {
    const strata = `nextCronTick, 100,000 ticks of "${text}"`;
    await report.time(strata, 5, () => strataTicks(text));
    await report.time(`croner enumerate, 100,000 ticks of "${text}"`, 3, () => cronerTicks(text), {
      baseline: strata,
    });
  }
}
