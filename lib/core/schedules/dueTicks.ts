// Which ticks of a running schedule are due between its cursor and now, and what catchup does with them.
import { type ScheduleTiming, ticksAfter, ticksBetween } from "./scheduleTicks";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How far a walk over missed ticks goes before it stops counting (a minutely cron down for a week). */
export const MISSED_TICKS_COUNT_LIMIT = 10_000;

export interface DueTicksInput extends ScheduleTiming {
  /** The last tick time evaluated: ticks after it are due. */
  cursor: Date;
  now: Date;
  /** Airflow's catchup: launch every missed tick (true) or only the latest (false). */
  catchup: boolean;
  /** With catchup, launch at most this many ticks now; the rest stay due for the next evaluation. */
  maxLaunches: number;
  /** Without catchup, record at most this many missed ticks one by one; older ones are only counted. */
  maxSkippedRecorded: number;
}

export interface MissedTicks {
  /** The missed ticks recorded one by one: the most recent ones before the launched tick, oldest first. */
  recorded: Date[];
  /** How many older missed ticks there are besides: exact, or a lower bound when `exact` is false. */
  olderCount: number;
  exact: boolean;
  /** The oldest missed tick, when there are older ones. */
  oldest: Date | null;
}

export interface DueTicks {
  /** Ticks to launch now, oldest first. */
  launch: Date[];
  /** Without catchup: the ticks missed before the latest one, which are skipped. */
  missed: MissedTicks;
  /** With catchup: due ticks beyond `maxLaunches`, launched by a later evaluation. */
  moreDue: boolean;
}

const noneMissed: MissedTicks = { recorded: [], olderCount: 0, exact: true, oldest: null };

export function dueTicks(input: DueTicksInput): DueTicks {
  if (input.now <= input.cursor) return { launch: [], missed: noneMissed, moreDue: false };
  if (input.catchup) {
    const due = ticksBetween(input, input.cursor, input.now, input.maxLaunches + 1);
    return { launch: due.slice(0, input.maxLaunches), missed: noneMissed, moreDue: due.length > input.maxLaunches };
  }
  const all = walk(input, input.cursor, input.now, input.maxSkippedRecorded + 1);
  if (all.complete) return withoutCatchup(all, 0, true);
  // Too many to walk: take the latest ticks from the last day, and count the older ones as far as the limit allows.
  const tailStart = new Date(Math.max(input.cursor.getTime(), input.now.getTime() - DAY));
  const tail = walk(input, tailStart, input.now, input.maxSkippedRecorded + 1);
  const older = walk(input, input.cursor, tailStart, 0);
  return withoutCatchup({ ...tail, first: all.first }, older.count, older.complete);
}

function withoutCatchup(walked: Walk, olderBefore: number, exact: boolean): DueTicks {
  const latest = walked.recent.at(-1);
  if (!latest) return { launch: [], missed: noneMissed, moreDue: false };
  const recorded = walked.recent.slice(0, -1);
  const olderCount = olderBefore + walked.count - walked.recent.length;
  return {
    launch: [latest],
    missed: { recorded, olderCount, exact, oldest: olderCount > 0 ? walked.first : null },
    moreDue: false,
  };
}

interface Walk {
  /** The last `keep` ticks seen, oldest first. */
  recent: Date[];
  count: number;
  first: Date | null;
  /** False when the walk stopped at the count limit before reaching its end. */
  complete: boolean;
}

/** The ticks in (from, until]: how many (up to the limit), the first, and the last `keep`. */
function walk(timing: ScheduleTiming, from: Date, until: Date, keep: number): Walk {
  const walked: Walk = { recent: [], count: 0, first: null, complete: true };
  if (until <= from) return walked;
  for (const tick of ticksAfter(timing, from)) {
    if (tick > until) return walked;
    walked.first ??= tick;
    walked.count++;
    walked.recent.push(tick);
    if (walked.recent.length > keep) walked.recent.shift();
    if (walked.count >= MISSED_TICKS_COUNT_LIMIT) {
      walked.complete = false;
      return walked;
    }
  }
  return walked;
}
