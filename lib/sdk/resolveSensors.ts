// Checks a code location's sensors (names, targets, watched assets and runs) and resolves each into its snapshot.
import type { AssetGraph } from "../core/assetGraph";
import type { JobSnapshot, SensorSnapshot } from "../core/definitionsSnapshot";
import { describeValue } from "./attributes";
import { resolveSelection } from "./resolveJobs";
import { isSensorDefinition, type ResolvedTarget, type SensorDefinition } from "./sensor";

export function resolveSensors(
  given: unknown,
  graph: AssetGraph,
  jobs: readonly JobSnapshot[],
  scheduleNames: ReadonlySet<string>,
): { sensors: SensorSnapshot[]; definitions: SensorDefinition[]; problems: string[] } {
  if (given === undefined) return { sensors: [], definitions: [], problems: [] };
  if (!Array.isArray(given))
    return {
      sensors: [],
      definitions: [],
      problems: [
        "defineDefinitions: sensors must be an array of sensor(…), assetSensor(…) or runStatusSensor(…) values.",
      ],
    };
  const byKey = graph.nodes;
  const problems: string[] = [];
  const sensors: SensorSnapshot[] = [];
  const definitions: SensorDefinition[] = [];
  const names = new Set<string>();
  const resolveTarget = (label: string, target: ResolvedTarget) => {
    if ("job" in target) {
      const job = jobs.find((j) => j.name === target.job.name);
      if (!job) {
        problems.push(
          `${label}: its job "${target.job.name}" is not in this code location; add it to defineDefinitions({ jobs }).`,
        );
        return null;
      }
      return {
        jobName: job.name,
        selection: null,
        assetKeys: job.assetKeys,
        ...(job.partitionsDefinition ? { partitionsDefinition: job.partitionsDefinition } : {}),
      };
    }
    const resolved = resolveSelection(target.selection, null, graph, byKey);
    if ("problem" in resolved) {
      problems.push(`${label}: ${resolved.problem}`);
      return null;
    }
    return {
      jobName: null,
      selection: target.selection,
      assetKeys: resolved.keys.map((k) => k.split("/")),
      ...(resolved.partitionsDefinition ? { partitionsDefinition: resolved.partitionsDefinition } : {}),
    };
  };

  given.forEach((entry: unknown, index) => {
    if (!isSensorDefinition(entry)) {
      problems.push(
        `sensors[${index}] is ${describeValue(entry)}, not a sensor; pass values returned by sensor(), assetSensor() or runStatusSensor().`,
      );
      return;
    }
    const label = `Sensor "${entry.name}"`;
    if (names.has(entry.name) || scheduleNames.has(entry.name))
      problems.push(`${label}: the name is already used by another sensor or a schedule; each needs its own name.`);
    names.add(entry.name);
    const common = {
      name: entry.name,
      description: entry.description,
      type: entry.type,
      minimumIntervalSeconds: entry.minimumIntervalSeconds,
      defaultStatus: entry.defaultStatus,
    };
    if (entry.type === "run_status") {
      const monitored = entry.monitored ? resolveTarget(label, entry.monitored) : null;
      if (entry.monitored && !monitored) return;
      sensors.push({
        ...common,
        jobName: null,
        selection: null,
        assetKeys: [],
        runStatus: entry.status,
        monitoredJobName: monitored?.jobName ?? null,
        monitoredAssetKeys: monitored?.assetKeys ?? null,
      });
      definitions.push(entry);
      return;
    }
    const target = resolveTarget(label, entry.target);
    if (entry.type === "asset" && !byKey.has(entry.assetKey))
      problems.push(`${label}: its asset "${entry.assetKey}" is not in this code location.`);
    if (!target) return;
    sensors.push({
      ...common,
      ...target,
      ...(entry.type === "asset" ? { monitoredAssetKey: entry.assetKey.split("/") } : {}),
    });
    definitions.push(entry);
  });
  return { sensors, definitions, problems };
}
