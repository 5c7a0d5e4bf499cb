// Checks a code location's jobs against its assets and resources, and resolves each into its snapshot: the assets it
// selects, its partitions, and run config and presets validated against those assets' config schemas.
import type { AssetGraph } from "../core/assetGraph";
import { toAssetKeyString } from "../core/assetKey";
import type { AssetNodeSnapshot, JobSnapshot, ResourceSnapshot } from "../core/definitionsSnapshot";
import {
  describePartitionsDefinition,
  type PartitionsDefinitionSnapshot,
  partitionsDefinitionId,
  samePartitionsDefinition,
} from "../core/partitions";
import { formatConfigError, type RunConfig, runConfigSchemaForSelection, validateRunConfig } from "../core/runConfig";
import { selectAssets } from "../core/selection";
import { describeValue } from "./attributes";
import { isJobDefinition, type JobDefinition } from "./job";

export function resolveJobs(
  given: unknown,
  graph: AssetGraph,
  resources: readonly ResourceSnapshot[],
): { jobs: JobSnapshot[]; problems: string[] } {
  if (given === undefined) return { jobs: [], problems: [] };
  if (!Array.isArray(given))
    return {
      jobs: [],
      problems: ["defineDefinitions: jobs must be an array of job(…) values, e.g. jobs: [dailyEvents]."],
    };
  const problems: string[] = [];
  const jobs: JobSnapshot[] = [];
  const names = new Set<string>();
  const byKey = graph.nodes;
  given.forEach((entry: unknown, index) => {
    if (!isJobDefinition(entry)) {
      problems.push(`jobs[${index}] is ${describeValue(entry)}, not a job; pass values returned by job().`);
      return;
    }
    if (names.has(entry.name)) problems.push(`Job name "${entry.name}" is used twice; each job needs its own name.`);
    names.add(entry.name);
    const resolved = resolveJob(entry, graph, byKey, resources);
    if ("problems" in resolved) problems.push(...resolved.problems);
    else jobs.push(resolved);
  });
  return { jobs, problems };
}

function resolveJob(
  job: JobDefinition,
  graph: AssetGraph,
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
  resources: readonly ResourceSnapshot[],
): JobSnapshot | { problems: string[] } {
  const label = `Job "${job.name}"`;
  const target = resolveSelection(
    job.selection,
    (job.partitions?.snapshot as PartitionsDefinitionSnapshot | undefined) ?? null,
    graph,
    byKey,
  );
  if ("problem" in target) return { problems: [`${label}: ${target.problem}`] };
  const { keys, partitionsDefinition } = target;

  const problems = [
    ...runConfigProblems(job.config, keys, byKey, resources).map((problem) => `${label} config: ${problem}`),
    ...job.presets.flatMap((preset) =>
      runConfigProblems(preset.config, keys, byKey, resources).map(
        (problem) => `${label} preset "${preset.name}": ${problem}`,
      ),
    ),
  ];
  if (problems.length > 0) return { problems };

  return {
    name: job.name,
    description: job.description,
    selection: job.selection,
    assetKeys: keys.map((key) => key.split("/")),
    tags: { ...job.tags },
    runConfig: job.config ? structuredClone(job.config) : null,
    presets: job.presets.map((preset) => ({
      name: preset.name,
      description: preset.description ?? null,
      runConfig: structuredClone(preset.config),
      tags: { ...(preset.tags ?? {}) },
    })),
    ...(partitionsDefinition ? { partitionsDefinition } : {}),
  };
}

/** A selection resolved for a job or schedule: the materializable assets it picks, and their shared partitions. */
export function resolveSelection(
  selection: string,
  declared: PartitionsDefinitionSnapshot | null,
  graph: AssetGraph,
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
): { keys: string[]; partitionsDefinition: PartitionsDefinitionSnapshot | null } | { problem: string } {
  const selected = selectAssets(graph, selection);
  if (!selected.ok)
    return {
      problem: `selection "${selection}" is invalid at position ${selected.error.position}: ${selected.error.message}`,
    };
  const keys = selected.keys.filter((key) => byKey.get(key)?.isSource === false);
  if (keys.length === 0) return { problem: `selection "${selection}" matches no asset that can be materialized.` };
  const partitions = sharedPartitions(declared, keys, byKey);
  return "problem" in partitions ? partitions : { keys, partitionsDefinition: partitions.definition };
}

/** Problems of a run config for these assets, each "path: reason"; none for null. */
export function runConfigProblems(
  config: RunConfig | null,
  keys: readonly string[],
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
  resources: readonly ResourceSnapshot[],
): string[] {
  if (config === null) return [];
  const schema = runConfigSchemaForSelection({ assets: [...byKey.values()], resources }, keys);
  return validateRunConfig(schema, config).map(formatConfigError);
}

/** The partitions runs pick from: the declared ones, which every partitioned asset must have, or else those assets' own. */
function sharedPartitions(
  declared: PartitionsDefinitionSnapshot | null,
  keys: readonly string[],
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
): { definition: PartitionsDefinitionSnapshot | null } | { problem: string } {
  const partitioned = keys
    .map((key) => byKey.get(key))
    .filter((node): node is AssetNodeSnapshot & { partitionsDefinition: PartitionsDefinitionSnapshot } =>
      Boolean(node?.partitionsDefinition),
    );
  const expected = declared ?? partitioned[0]?.partitionsDefinition ?? null;
  if (declared && partitioned.length === 0)
    return {
      problem:
        "it names partitions, but none of its assets is partitioned; remove `partitions` or select partitioned assets.",
    };
  const different = partitioned.filter((node) => !samePartitionsDefinition(node.partitionsDefinition, expected));
  if (different.length > 0 && declared) {
    const quoted = different.map((node) => `"${toAssetKeyString(node.key)}"`).join(", ");
    return {
      problem: `its partitions differ from those of ${quoted}; a job's runs materialize one partition of every partitioned asset it selects.`,
    };
  }
  if (different.length > 0) {
    const groups = new Map<string, { definition: PartitionsDefinitionSnapshot; keys: string[] }>();
    for (const node of partitioned) {
      const id = partitionsDefinitionId(node.partitionsDefinition);
      const group = groups.get(id) ?? { definition: node.partitionsDefinition, keys: [] };
      group.keys.push(`"${toAssetKeyString(node.key)}"`);
      groups.set(id, group);
    }
    const described = [...groups.values()]
      .map((group) => `${group.keys.join(", ")} by ${describePartitionsDefinition(group.definition)}`)
      .join("; ");
    return {
      problem: `its assets are partitioned differently (${described}); split it into one job per partitions definition.`,
    };
  }
  return { definition: expected ? structuredClone(expected) : null };
}
