// Checks a code location's schedules (cron, time zone, target, config) and resolves each into its snapshot.
import type { AssetGraph } from "../core/assetGraph";
import { toAssetKeyString } from "../core/assetKey";
import type { AssetNodeSnapshot, JobSnapshot, ResourceSnapshot, ScheduleSnapshot } from "../core/definitionsSnapshot";
import { isValidTimeZone, parseCron } from "../core/partitions";
import { describeValue } from "./attributes";
import { resolveSelection, runConfigProblems } from "./resolveJobs";
import { isScheduleDefinition, type ScheduleDefinition } from "./schedule";

export function resolveSchedules(
  given: unknown,
  graph: AssetGraph,
  resources: readonly ResourceSnapshot[],
  jobs: readonly JobSnapshot[],
): { schedules: ScheduleSnapshot[]; problems: string[] } {
  if (given === undefined) return { schedules: [], problems: [] };
  if (!Array.isArray(given))
    return {
      schedules: [],
      problems: [
        "defineDefinitions: schedules must be an array of schedule(…) values, e.g. schedules: [everyMorning].",
      ],
    };
  const problems: string[] = [];
  const schedules: ScheduleSnapshot[] = [];
  const names = new Set<string>();
  const byKey = graph.nodes;
  given.forEach((entry: unknown, index) => {
    if (!isScheduleDefinition(entry)) {
      problems.push(
        `schedules[${index}] is ${describeValue(entry)}, not a schedule; pass values returned by schedule().`,
      );
      return;
    }
    if (names.has(entry.name))
      problems.push(`Schedule name "${entry.name}" is used twice; each schedule needs its own name.`);
    names.add(entry.name);
    const resolved = resolveSchedule(entry, graph, byKey, resources, jobs);
    if ("problems" in resolved) problems.push(...resolved.problems);
    else schedules.push(resolved);
  });
  return { schedules, problems };
}

function resolveSchedule(
  schedule: ScheduleDefinition,
  graph: AssetGraph,
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
  resources: readonly ResourceSnapshot[],
  jobs: readonly JobSnapshot[],
): ScheduleSnapshot | { problems: string[] } {
  const label = `Schedule "${schedule.name}"`;
  const problems: string[] = [];
  const cron = parseCron(schedule.cron);
  if (!cron.ok) problems.push(`${label}: ${cron.message}`);
  if (!isValidTimeZone(schedule.timezone))
    problems.push(
      `${label}: timezone "${schedule.timezone}" is not an IANA time zone such as "UTC" or "America/New_York".`,
    );

  let target: Pick<ScheduleSnapshot, "jobName" | "selection" | "assetKeys" | "partitionsDefinition"> | null = null;
  if ("job" in schedule.target) {
    const name = schedule.target.job.name;
    const job = jobs.find((j) => j.name === name);
    if (!job)
      problems.push(`${label}: its job "${name}" is not in this code location; add it to defineDefinitions({ jobs }).`);
    else
      target = {
        jobName: job.name,
        selection: null,
        assetKeys: job.assetKeys,
        ...(job.partitionsDefinition ? { partitionsDefinition: job.partitionsDefinition } : {}),
      };
  } else {
    const resolved = resolveSelection(schedule.target.selection, null, graph, byKey);
    if ("problem" in resolved) problems.push(`${label}: ${resolved.problem}`);
    else
      target = {
        jobName: null,
        selection: schedule.target.selection,
        assetKeys: resolved.keys.map((key) => key.split("/")),
        ...(resolved.partitionsDefinition ? { partitionsDefinition: resolved.partitionsDefinition } : {}),
      };
  }
  if (target) {
    const keys = target.assetKeys.map((path) => toAssetKeyString(path));
    problems.push(
      ...runConfigProblems(schedule.config, keys, byKey, resources).map((problem) => `${label} config: ${problem}`),
    );
  }
  if (problems.length > 0 || !target) return { problems };
  return {
    name: schedule.name,
    description: schedule.description,
    cron: schedule.cron,
    timezone: schedule.timezone,
    ...target,
    catchup: schedule.catchup,
    maxActiveRuns: schedule.maxActiveRuns,
    defaultStatus: schedule.defaultStatus,
    tags: { ...schedule.tags },
    runConfig: schedule.config ? structuredClone(schedule.config) : null,
  };
}
