// `strata schedules [start|stop <name>]`: the schedules of the loaded code locations, and turning one on or off.
import { parseArgs } from "node:util";
import { toAssetKeyString } from "../core/assetKey";
import { describePartitionsDefinition } from "../core/partitions";
import { instantToWallTime } from "../core/partitions/timeZone";
import { describeWallTime } from "../core/partitions/wallTime";
import { describeCron, nextTicks } from "../core/schedules";
import type { Database } from "../store/database";
import { listSchedules, type ScheduleRecord, startSchedule, stopSchedule } from "../store/schedules";
import { listTicks } from "../store/ticks";
import { type CliCaller, LOCAL_CLI_CALLER } from "./cliCaller";
import { findInstigator } from "./findInstigator";

export const schedulesUsage = `usage: strata schedules                                   list schedules with their status and next tick
       strata schedules start <name> [--location <name>]   turn a schedule on, from now (no catching up on time it was off)
       strata schedules stop <name> [--location <name>]    turn a schedule off`;

/** "2026-12-02 06:00 UTC", or "2026-12-02 06:00 Europe/Berlin (05:00 UTC)" for other zones. */
export function describeTickTime(instant: Date, timezone: string): string {
  const wall = `${describeWallTime(instantToWallTime(instant, timezone))} ${timezone}`;
  if (timezone === "UTC") return wall;
  return `${wall} (${instant.toISOString().slice(11, 16)} UTC)`;
}

const label = (schedule: ScheduleRecord) => `${schedule.name} (${schedule.codeLocationName})`;

function targetOf(schedule: ScheduleRecord): string {
  const target = schedule.jobName
    ? `job ${schedule.jobName}`
    : `selection ${schedule.selection ?? schedule.assetKeys.map((key) => toAssetKeyString(key)).join(", ")}`;
  return schedule.partitionsDefinition
    ? `${target}, partitions ${describePartitionsDefinition(schedule.partitionsDefinition)}`
    : target;
}

function nextTickLine(schedule: ScheduleRecord, now: Date): string {
  if (schedule.status !== "RUNNING") return `off; turn it on with \`strata schedules start ${schedule.name}\``;
  const [next] = nextTicks(schedule, now, 1);
  return next ? describeTickTime(next, schedule.timezone) : "none within 30 years";
}

async function list(db: Database, log: (line: string) => void, now: Date): Promise<number> {
  const schedules = await listSchedules(db);
  if (schedules.length === 0) {
    log(
      "No schedules are defined. Add schedule({ name, cron, target }) to defineDefinitions({ schedules }) in a code location.",
    );
    return 0;
  }
  for (const schedule of schedules) {
    const words = describeCron(schedule.cron);
    log(
      `${label(schedule)}  ${schedule.status === "RUNNING" ? "RUNNING" : "STOPPED"}${schedule.description ? `  ${schedule.description}` : ""}`,
    );
    log(
      `  cron        ${schedule.cron}${words ? ` (${words})` : ""}, ${schedule.timezone}${schedule.catchup ? ", catchup" : ""}`,
    );
    log(`  target      ${targetOf(schedule)}`);
    log(`  next tick   ${nextTickLine(schedule, now)}`);
    const [last] = await listTicks(db, schedule.codeLocationName, schedule.name, { limit: 1 });
    if (last) log(`  last tick   ${last.status} at ${describeTickTime(last.tickTime, schedule.timezone)}`);
  }
  return 0;
}

/** Returns the process exit code: 0 on success, 1 when the schedule is unknown, 2 for a malformed command. */
export async function schedulesFromCli(
  db: Database,
  args: readonly string[],
  log: (line: string) => void,
  now = new Date(),
  caller: CliCaller = LOCAL_CLI_CALLER,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { location: { type: "string" } } });
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${schedulesUsage}`);
    return 2;
  }
  const [action, name, ...extra] = parsed.positionals;
  if (action === undefined && !parsed.values.location) return list(db, log, now);
  if ((action !== "start" && action !== "stop") || !name || extra.length > 0) {
    log(schedulesUsage);
    return 2;
  }
  const found = findInstigator(await listSchedules(db), name, parsed.values.location, {
    one: "schedule",
    many: "Schedules",
  });
  if (!found.ok) {
    log(found.message);
    return 1;
  }
  const { codeLocationName } = found.value;
  caller.require("EDIT_SCHEDULES");
  const result =
    action === "start"
      ? await startSchedule(db, codeLocationName, name, now)
      : await stopSchedule(db, codeLocationName, name);
  if (result.kind === "notFound") {
    log(result.message);
    return 1;
  }
  await caller.audit(db, { action: `schedule.${action}`, target: `${codeLocationName}/${name}` });
  if (action === "stop") {
    log(`Schedule ${label(result.schedule)} is off.`);
    return 0;
  }
  log(
    `Schedule ${label(result.schedule)} is on; its next tick is at ${nextTickLine(result.schedule, now)}. The daemon (\`strata dev\` or \`strata daemon\`) launches its runs.`,
  );
  return 0;
}
