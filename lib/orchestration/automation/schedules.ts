// Schedules: for each running schedule, the cron times due since its cursor become ticks that launch runs,
// exactly once each. A tick row is unique per cron time and its runs carry the tick's tag, so a daemon killed
// mid-tick finds the runs it launched instead of launching again; a per-schedule lock keeps two daemons apart.
import { latestCronTick } from "../../core/cronTicks";
import { partitionKeySelection } from "../../core/partitions";
import { runConfigToYaml } from "../../core/runConfig";
import {
  dueTicks,
  type MissedTicks,
  nextTicks,
  SCHEDULE_TAG,
  scheduleLauncher,
  TICK_TAG,
  tickPartitions,
} from "../../core/schedules";
import type { Database } from "../../store/database";
import { withInstigatorLock } from "../../store/instigatorLock";
import { countActiveScheduleRuns, runsOfTick } from "../../store/scheduleRuns";
import { listSchedules, readScheduleState, type ScheduleRecord, saveScheduleCursor } from "../../store/schedules";
import { findTick, finishTick, recordFailedTick, recordSkippedTicks, startTick } from "../../store/ticks";
import { type LaunchResult, launchRun } from "../runs/launchRun";
import { loadWorkspace, type Workspace } from "../workspace/workspace";

export interface ScheduleLimits {
  /** With catchup, the most ticks one schedule launches per evaluation; the rest follow in the next ones. */
  maxTicksPerEvaluation: number;
  /** Without catchup, the most missed ticks recorded one by one; older ones are summed up in a reason. */
  maxSkippedRecorded: number;
}

export const DEFAULT_SCHEDULE_LIMITS: ScheduleLimits = { maxTicksPerEvaluation: 5, maxSkippedRecorded: 10 };

export interface TickSchedulesOptions extends Partial<ScheduleLimits> {
  now: Date;
  log?: (line: string) => void;
}

export interface ScheduleTickSummary {
  /** Runs launched in this evaluation. */
  launched: number;
  skipped: number;
  failed: number;
}

type Context = ScheduleLimits & {
  now: Date;
  log: (line: string) => void;
  summary: ScheduleTickSummary;
  workspace: () => Promise<Workspace>;
};

export const MISSED_REASON = "Missed while the daemon was down; catchup is off.";

export async function tickSchedules(db: Database, options: TickSchedulesOptions): Promise<ScheduleTickSummary> {
  const summary: ScheduleTickSummary = { launched: 0, skipped: 0, failed: 0 };
  let workspace: Promise<Workspace> | undefined;
  const context: Context = {
    maxTicksPerEvaluation: options.maxTicksPerEvaluation ?? DEFAULT_SCHEDULE_LIMITS.maxTicksPerEvaluation,
    maxSkippedRecorded: options.maxSkippedRecorded ?? DEFAULT_SCHEDULE_LIMITS.maxSkippedRecorded,
    now: options.now,
    log: options.log ?? (() => {}),
    summary,
    // Read on first need and shared by every schedule of this evaluation: most ticks launch nothing.
    workspace: () => (workspace ??= loadWorkspace(db, options.now)),
  };
  for (const schedule of await listSchedules(db)) {
    if (schedule.status !== "RUNNING") continue;
    try {
      // Busy means another daemon is evaluating this schedule right now; it will have done the work.
      await withInstigatorLock(db, schedule.codeLocationName, schedule.name, () => tickSchedule(db, schedule, context));
    } catch (error) {
      context.log(`${label(schedule)}: evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return summary;
}

const label = (schedule: ScheduleRecord) => `Schedule ${schedule.name} (${schedule.codeLocationName})`;

async function tickSchedule(db: Database, schedule: ScheduleRecord, context: Context): Promise<void> {
  // Read again under the lock: another daemon may have moved the cursor, or someone turned the schedule off.
  const state = await readScheduleState(db, schedule.codeLocationName, schedule.name);
  if ((state?.status ?? schedule.defaultStatus) !== "RUNNING") return;
  if (!state?.cursor) {
    // First seen running: start from now rather than launching a backlog nobody asked for.
    await saveScheduleCursor(db, schedule.codeLocationName, schedule.name, context.now, context.now);
    const [next] = nextTicks(schedule, context.now, 1);
    context.log(
      `${label(schedule)} is running; its next tick is at ${next?.toISOString() ?? "no time within 30 years"}.`,
    );
    return;
  }
  const due = dueTicks({
    cron: schedule.cron,
    timezone: schedule.timezone,
    cursor: state.cursor,
    now: context.now,
    catchup: schedule.catchup,
    maxLaunches: context.maxTicksPerEvaluation,
    maxSkippedRecorded: Math.max(1, context.maxSkippedRecorded),
  });
  if (due.missed.recorded.length > 0) await recordMissedTicks(db, schedule, due.missed, context);
  for (const tickTime of due.launch) {
    const outcome = await evaluateTick(db, schedule, tickTime, context);
    // The cursor moves past a tick only once it is settled, so a daemon killed mid-way evaluates it again.
    if (outcome === "wait") return;
    await saveScheduleCursor(db, schedule.codeLocationName, schedule.name, tickTime, context.now);
  }
}

async function recordMissedTicks(
  db: Database,
  schedule: ScheduleRecord,
  missed: MissedTicks,
  context: Context,
): Promise<void> {
  const [oldest, ...rest] = missed.recorded;
  if (!oldest) return;
  let olderNote = "";
  if (missed.olderCount > 0) {
    const count = `${missed.exact ? "" : "more than "}${missed.olderCount.toLocaleString("en-US")}`;
    olderNote = ` ${count} earlier missed tick${missed.olderCount === 1 ? "" : "s"}${missed.oldest ? ` since ${missed.oldest.toISOString()}` : ""} are not listed.`;
  }
  const ticks = [
    { tickTime: oldest, reason: MISSED_REASON + olderNote },
    ...rest.map((tickTime) => ({ tickTime, reason: MISSED_REASON })),
  ];
  await recordSkippedTicks(db, schedule.codeLocationName, schedule.name, ticks, context.now);
  context.summary.skipped += ticks.length;
  context.log(
    `${label(schedule)}: skipped ${missed.recorded.length + missed.olderCount} missed tick(s); catchup is off.`,
  );
}

/**
 * Settles one tick: launches its runs, or records why it skipped or failed. "wait" leaves it due: with catchup on, a
 * tick over maxActiveRuns waits for a run to finish (Airflow's max_active_runs) rather than being skipped.
 */
async function evaluateTick(
  db: Database,
  schedule: ScheduleRecord,
  tickTime: Date,
  context: Context,
): Promise<"settled" | "wait"> {
  const { codeLocationName, name } = schedule;
  let tick = await findTick(db, codeLocationName, name, tickTime);
  if (tick && tick.status !== "STARTED") return "settled";

  // A tick's partitions are those of its own time, not of the time it is evaluated at.
  const partitions = tickPartitions(
    schedule.partitionsDefinition,
    (await context.workspace()).at(tickTime).keySpaceContext,
  );
  const launched = await runsOfTick(db, codeLocationName, name, tickTime);

  if (!tick) {
    if (schedule.maxActiveRuns !== null) {
      const active = await countActiveScheduleRuns(db, codeLocationName, name);
      if (active >= schedule.maxActiveRuns) {
        if (schedule.catchup) return "wait";
        const reason = `${active} run${active === 1 ? " of this schedule is" : "s of this schedule are"} queued or in progress; maxActiveRuns is ${schedule.maxActiveRuns}.`;
        return skip(db, schedule, tickTime, reason, context);
      }
    }
    if (partitions.kind === "skip") return skip(db, schedule, tickTime, partitions.reason, context);
    const repeated =
      partitions.kind === "launch" ? await launchedByPreviousTick(db, schedule, tickTime, partitions) : null;
    if (repeated) return skip(db, schedule, tickTime, repeated, context);
    if (partitions.kind === "error") {
      await recordFailedTick(db, codeLocationName, name, tickTime, partitions.message, context.now);
      context.summary.failed++;
      context.log(`${label(schedule)}: tick ${tickTime.toISOString()} failed: ${partitions.message}`);
      return "settled";
    }
    tick = await startTick(db, codeLocationName, name, tickTime, context.now);
    // Someone else recorded this tick between our read and now: it is theirs to settle.
    if (!tick) return "settled";
  }

  const runIds = launched.map((run) => run.id);
  const errors: string[] = [];
  if (partitions.kind === "launch") {
    const done = new Set(launched.map((run) => run.partitionKey));
    for (const partitionKey of partitions.partitionKeys.filter((key) => !done.has(key))) {
      const result = await launchRun(db, {
        ...(schedule.jobName ? { jobName: schedule.jobName } : { assetKeys: schedule.assetKeys }),
        runConfig: schedule.runConfig ? runConfigToYaml(schedule.runConfig) : null,
        systemTags: { ...schedule.tags, [SCHEDULE_TAG]: name, [TICK_TAG]: tickTime.toISOString() },
        partitions: partitionKey === null ? null : partitionKeySelection(partitionKey),
        launchedBy: scheduleLauncher(name),
      });
      if (result.kind === "success") {
        runIds.push(result.run.id);
        context.summary.launched++;
        context.log(
          `${label(schedule)}: tick ${tickTime.toISOString()} launched run ${result.run.id}${partitionKey === null ? "" : ` (partition ${partitionKey})`}.`,
        );
      } else {
        errors.push(launchProblem(result, partitionKey));
      }
    }
  } else if (runIds.length === 0) {
    // A tick left STARTED whose target no longer has anything to launch.
    errors.push(partitions.kind === "skip" ? partitions.reason : partitions.message);
  }

  if (errors.length > 0) {
    await finishTick(db, tick.id, { status: "FAILURE", runIds, error: errors.join("\n") });
    context.summary.failed++;
    context.log(`${label(schedule)}: tick ${tickTime.toISOString()} failed: ${errors.join(" ")}`);
  } else {
    await finishTick(db, tick.id, { status: "SUCCESS", runIds });
  }
  return "settled";
}

/**
 * Why a tick launches nothing new: every partition it would launch was launched by the schedule's previous tick (a
 * schedule that ticks more often than its partitions end, or two ticks a clock change put within one window); null
 * when it has something new.
 */
export async function launchedByPreviousTick(
  db: Database,
  schedule: ScheduleRecord,
  tickTime: Date,
  partitions: { partitionKeys: (string | null)[] },
): Promise<string | null> {
  if (partitions.partitionKeys.every((key) => key === null)) return null;
  const previous = latestCronTick(schedule.cron, schedule.timezone, new Date(tickTime.getTime() - 1));
  if (!previous) return null;
  const launched = new Set(
    (await runsOfTick(db, schedule.codeLocationName, schedule.name, previous)).map((run) => run.partitionKey),
  );
  if (!partitions.partitionKeys.every((key) => launched.has(key))) return null;
  const keys = partitions.partitionKeys.join(", ");
  return `No partition ended since the previous tick (${previous.toISOString()}), which launched ${keys}; each partition is launched once.`;
}

async function skip(
  db: Database,
  schedule: ScheduleRecord,
  tickTime: Date,
  reason: string,
  context: Context,
): Promise<"settled"> {
  await recordSkippedTicks(db, schedule.codeLocationName, schedule.name, [{ tickTime, reason }], context.now);
  context.summary.skipped++;
  context.log(`${label(schedule)}: tick ${tickTime.toISOString()} skipped: ${reason}`);
  return "settled";
}

/** A refused launch in words, with every config error, for the tick's error. */
function launchProblem(result: Exclude<LaunchResult, { kind: "success" }>, partitionKey: string | null): string {
  const where = partitionKey === null ? "" : ` (partition ${partitionKey})`;
  if (result.kind === "invalidConfig") {
    return [
      `The launch was refused${where}: ${result.message}`,
      ...result.errors.map((error) => `  ${error.path.join(".") || "(root)"}: ${error.message}`),
    ].join("\n");
  }
  return `The launch was refused${where}: ${result.message}`;
}
