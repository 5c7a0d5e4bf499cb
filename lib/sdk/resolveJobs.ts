// Checks a code location's jobs against its assets and resources, and resolves each into its snapshot: the assets it
// selects, its partitions, and run config and presets validated against those assets' config schemas.
import { buildAssetGraph } from "../core/assetGraph";
import { toAssetKeyString } from "../core/assetKey";
import type { AssetNodeSnapshot, JobSnapshot, ResourceSnapshot } from "../core/definitionsSnapshot";
import { describePartitionsDefinition, partitionsDefinitionId, samePartitionsDefinition, type PartitionsDefinitionSnapshot } from "../core/partitions";
import { formatConfigError, runConfigSchemaForSelection, validateRunConfig, type RunConfig } from "../core/runConfig";
import { selectAssets } from "../core/selection";
import { describeValue } from "./attributes";
import { isJobDefinition, type JobDefinition } from "./job";

export function resolveJobs(given: unknown, nodes: readonly AssetNodeSnapshot[], resources: readonly ResourceSnapshot[]): { jobs: JobSnapshot[]; problems: string[] } {
  if (given === undefined) return { jobs: [], problems: [] };
  if (!Array.isArray(given)) return { jobs: [], problems: ["defineDefinitions: jobs must be an array of job(…) values, e.g. jobs: [dailyEvents]."] };
  const problems: string[] = [];
  const jobs: JobSnapshot[] = [];
  const names = new Set<string>();
  const graph = buildAssetGraph(nodes);
  const byKey = new Map(nodes.map((node) => [toAssetKeyString(node.key), node]));
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
  graph: ReturnType<typeof buildAssetGraph>,
  byKey: ReadonlyMap<string, AssetNodeSnapshot>,
  resources: readonly ResourceSnapshot[],
): JobSnapshot | { problems: string[] } {
  const label = `Job "${job.name}"`;
  const selected = selectAssets(graph, job.selection);
  if (!selected.ok) return { problems: [`${label}: selection "${job.selection}" is invalid at position ${selected.error.position}: ${selected.error.message}`] };
  const keys = selected.keys.filter((key) => byKey.get(key)?.isSource === false);
  if (keys.length === 0) return { problems: [`${label}: selection "${job.selection}" matches no asset that can be materialized.`] };

  const partitions = jobPartitions(job, keys, byKey);
  if ("problem" in partitions) return { problems: [`${label}: ${partitions.problem}`] };

  const schema = runConfigSchemaForSelection({ assets: [...byKey.values()], resources }, keys);
  const problems: string[] = [];
  const check = (config: RunConfig | null, where: string) => {
    if (config === null) return;
    for (const error of validateRunConfig(schema, config)) problems.push(`${label} ${where}: ${formatConfigError(error)}`);
  };
  check(job.config, "config");
  for (const preset of job.presets) check(preset.config, `preset "${preset.name}"`);
  if (problems.length > 0) return { problems };

  return {
    name: job.name,
    description: job.description,
    selection: job.selection,
    assetKeys: keys.map((key) => key.split("/")),
    tags: { ...job.tags },
    runConfig: job.config ? structuredClone(job.config) : null,
    presets: job.presets.map((preset) => ({ name: preset.name, description: preset.description ?? null, runConfig: structuredClone(preset.config), tags: { ...(preset.tags ?? {}) } })),
    ...(partitions.definition ? { partitionsDefinition: partitions.definition } : {}),
  };
}

/** The job's partitions: the ones it names, which every partitioned asset must have, or else those assets' own. */
function jobPartitions(job: JobDefinition, keys: readonly string[], byKey: ReadonlyMap<string, AssetNodeSnapshot>): { definition: PartitionsDefinitionSnapshot | null } | { problem: string } {
  const partitioned = keys.map((key) => byKey.get(key)).filter((node): node is AssetNodeSnapshot & { partitionsDefinition: PartitionsDefinitionSnapshot } => Boolean(node?.partitionsDefinition));
  const declared = (job.partitions?.snapshot as PartitionsDefinitionSnapshot | undefined) ?? null;
  const expected = declared ?? partitioned[0]?.partitionsDefinition ?? null;
  if (declared && partitioned.length === 0) return { problem: "it names partitions, but none of its assets is partitioned; remove `partitions` or select partitioned assets." };
  const different = partitioned.filter((node) => !samePartitionsDefinition(node.partitionsDefinition, expected));
  if (different.length > 0 && declared) {
    const quoted = different.map((node) => `"${toAssetKeyString(node.key)}"`).join(", ");
    return { problem: `its partitions differ from those of ${quoted}; a job's runs materialize one partition of every partitioned asset it selects.` };
  }
  if (different.length > 0) {
    const groups = new Map<string, { definition: PartitionsDefinitionSnapshot; keys: string[] }>();
    for (const node of partitioned) {
      const id = partitionsDefinitionId(node.partitionsDefinition);
      const group = groups.get(id) ?? { definition: node.partitionsDefinition, keys: [] };
      group.keys.push(`"${toAssetKeyString(node.key)}"`);
      groups.set(id, group);
    }
    const described = [...groups.values()].map((group) => `${group.keys.join(", ")} by ${describePartitionsDefinition(group.definition)}`).join("; ");
    return { problem: `its assets are partitioned differently (${described}); split it into one job per partitions definition.` };
  }
  return { definition: expected ? structuredClone(expected) : null };
}
