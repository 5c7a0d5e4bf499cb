// defineDefinitions(): the one default export of a code location; validates the whole set of assets together.
import { type AssetGraph, buildAssetGraph, findCycle } from "../core/assetGraph";
import { toAssetKeyString } from "../core/assetKey";
import { closestMatch } from "../core/closestMatch";
import type { AssetNodeSnapshot, JobSnapshot, ScheduleSnapshot, SensorSnapshot } from "../core/definitionsSnapshot";
import { selectAssets } from "../core/selection";
import { type AlertDefinition, isAlertDefinition } from "./alert";
import { type AnyAssetDefinition, isAssetDefinition } from "./assetDefinition";
import { partitionMappingProblems } from "./assetPartitions";
import { describeValue } from "./attributes";
import { type AssetCheckDefinition, isAssetCheckDefinition } from "./check";
import { InvalidDefinitionsError } from "./errors";
import { type IOManager, isIOManager } from "./ioManager";
import type { JobDefinition } from "./job";
import { resolveJobs } from "./resolveJobs";
import { resolveSchedules } from "./resolveSchedules";
import { resolveSensors } from "./resolveSensors";
import type { ScheduleDefinition } from "./schedule";
import type { SensorDefinition } from "./sensor";
import { toAssetNodeSnapshot, toResourceSnapshots } from "./snapshot";

export interface DefinitionsOptions {
  /**
   * Every asset of the code location, including external assets that others depend on.
   * @example assets: [rawEvents, deduplicatedEvents, userProfiles]
   */
  assets: readonly AnyAssetDefinition[];
  /**
   * Resources by the name assets use in `resources`: definitions made by resource(), or plain values used as they are.
   * @example resources: { warehouse, slack: new SlackClient(token) }
   */
  resources?: Readonly<Record<string, unknown>>;
  /**
   * IO managers by the name assets use in `ioManager`; the one named "default" stores every other asset.
   * @example ioManagers: { default: filesystemIOManager({ baseDir: ".strata/storage" }) }
   */
  ioManagers?: Readonly<Record<string, IOManager>>;
  /**
   * Named selections of assets with their run config, tags and presets, launched from the console or the CLI.
   * @example jobs: [job({ name: "daily_events", selection: "group:user_events" })]
   */
  jobs?: readonly JobDefinition[];
  /**
   * Cron schedules launching jobs or selections; the daemon ticks them and the Automation page toggles them.
   * @example schedules: [schedule({ name: "daily_at_six", cron: "0 6 * * *", target: dailyEvents })]
   */
  schedules?: readonly ScheduleDefinition[];
  /**
   * Data quality checks on assets, run after their asset materializes.
   * @example checks: [noNullUserIds, rowCountInRange]
   */
  checks?: readonly AssetCheckDefinition[];
  /**
   * Webhooks told when a run fails or an asset becomes overdue.
   * @example alerts: [alert({ name: "slack", on: ["RUN_FAILURE"], webhookUrl: env("SLACK_WEBHOOK_URL") })]
   */
  alerts?: readonly AlertDefinition[];
  /**
   * Sensors the daemon evaluates every so often: custom ones, asset sensors and run status sensors.
   * @example sensors: [assetSensor({ name: "reports_after_facts", asset: factEvents, target: weeklyReport })]
   */
  sensors?: readonly SensorDefinition[];
}

/** The name of the IO manager used by assets that do not pick one. */
export const DEFAULT_IO_MANAGER = "default";

// Registered symbol, so `instanceof Definitions` also recognises objects made by another copy of this module.
const definitionsBrand = Symbol.for("strata.definitions");

/**
 * A code location's validated assets. Construction throws InvalidDefinitionsError listing every problem: entries
 * that are not asset definitions, duplicate keys, dependencies on keys that are not defined, partition mappings that
 * do not fit the two assets' partitions, dependency cycles.
 * (Invalid keys and group names never get this far: asset() and externalAsset() reject them where they are written.)
 */
export class Definitions {
  /** The assets in the order they were given. */
  readonly assets: readonly AnyAssetDefinition[];
  /** The lineage graph of these assets, for planning runs in dependency order. */
  readonly graph: AssetGraph;
  /** Resource definitions or plain values, by name. */
  readonly resources: Readonly<Record<string, unknown>>;
  /** IO managers by name; "default" (if given) stores assets that do not pick one. */
  readonly ioManagers: Readonly<Record<string, IOManager>>;
  /** The jobs, resolved: the assets each selects, its partitions and its checked run config and presets. */
  readonly jobs: readonly JobSnapshot[];
  /** The schedules, resolved like the jobs. */
  readonly schedules: readonly ScheduleSnapshot[];
  /** Every asset check, in the order given. */
  readonly checks: readonly AssetCheckDefinition[];
  readonly alerts: readonly AlertDefinition[];
  /** The sensors as snapshots (what the daemon reads) and as definitions (what a sensor process evaluates). */
  readonly sensors: readonly SensorSnapshot[];
  readonly #sensorDefinitions: readonly SensorDefinition[];
  readonly #byKey: ReadonlyMap<string, AnyAssetDefinition>;

  constructor(options: DefinitionsOptions) {
    const { assets, graph, jobs, schedules, checks, alerts, sensors } = validate(options);
    this.assets = Object.freeze(assets);
    this.graph = graph;
    this.resources = Object.freeze({ ...(options.resources ?? {}) });
    this.ioManagers = Object.freeze({ ...(options.ioManagers ?? {}) });
    this.jobs = Object.freeze(jobs);
    this.schedules = Object.freeze(schedules);
    this.checks = Object.freeze(checks);
    this.alerts = Object.freeze(alerts);
    this.sensors = Object.freeze(sensors.snapshots);
    this.#sensorDefinitions = Object.freeze(sensors.definitions);
    this.#byKey = new Map(assets.map((definition) => [definition.keyString, definition]));
    Object.defineProperty(this, definitionsBrand, { value: true, enumerable: false });
    Object.freeze(this);
  }

  /** The checks of an asset (key string), in the order given. */
  checksFor(assetKey: string): AssetCheckDefinition[] {
    return this.checks.filter((check) => check.assetKey === assetKey);
  }

  /** The sensor with this name, with its functions, or undefined. */
  getSensor(name: string): SensorDefinition | undefined {
    return this.#sensorDefinitions.find((sensor) => sensor.name === name);
  }

  /** The job with this name, or undefined. */
  getJob(name: string): JobSnapshot | undefined {
    return this.jobs.find((job) => job.name === name);
  }

  /** The definition with this key ("a/b" or ["a", "b"]), with its compute/observe/load functions; undefined if none. */
  getAsset(key: string | readonly string[]): AnyAssetDefinition | undefined {
    return this.#byKey.get(typeof key === "string" ? key : toAssetKeyString(key));
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return isDefinitions(value);
  }
}

/**
 * Collects a code location's assets; the default export of a definitions file.
 * @example
 * export default defineDefinitions({ assets: [rawEvents, deduplicatedEvents] });
 */
export function defineDefinitions(options: DefinitionsOptions): Definitions {
  return new Definitions(options);
}

/** True for objects made by defineDefinitions, e.g. a code location module's default export. */
export function isDefinitions(value: unknown): value is Definitions {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[definitionsBrand] === true;
}

function validate(options: DefinitionsOptions): {
  assets: AnyAssetDefinition[];
  graph: AssetGraph;
  jobs: JobSnapshot[];
  schedules: ScheduleSnapshot[];
  checks: AssetCheckDefinition[];
  alerts: AlertDefinition[];
  sensors: { snapshots: SensorSnapshot[]; definitions: SensorDefinition[] };
} {
  const problems: string[] = [];
  const assets: AnyAssetDefinition[] = [];
  const given: readonly unknown[] = Array.isArray(options?.assets) ? options.assets : [];
  if (!Array.isArray(options?.assets))
    problems.push("defineDefinitions needs an `assets` array, e.g. defineDefinitions({ assets: [rawEvents] }).");
  given.forEach((entry, index) => {
    if (isAssetDefinition(entry)) assets.push(entry);
    else
      problems.push(
        `assets[${index}] is ${describeValue(entry)}, not an asset definition; pass values returned by asset() or externalAsset() (a circular import can leave one undefined).`,
      );
  });

  const counts = new Map<string, number>();
  for (const definition of assets) counts.set(definition.keyString, (counts.get(definition.keyString) ?? 0) + 1);
  for (const [key, count] of counts) {
    if (count > 1)
      problems.push(
        `Asset key "${key}" is defined ${count} times; each asset key must be unique within a code location.`,
      );
  }

  const nodes = assets.map(toAssetNodeSnapshot);
  problems.push(...unknownDependencyProblems(nodes, [...counts.keys()]));
  const byKey = new Map(assets.map((definition) => [definition.keyString, definition]));
  problems.push(...partitionMappingProblems(assets, (key) => byKey.get(key)));

  problems.push(...resourceProblems(assets, options.resources));
  const checks = checkProblems(options.checks, byKey, options.resources, problems);
  problems.push(...ioManagerProblems(assets, options.ioManagers));

  // One graph for the definitions, built here; a cycle is traced (for its message) only when the graph's order found
  // one. With duplicate keys the graph keeps a key's first definition, so the cycle is traced over every definition.
  const graph = buildAssetGraph(nodes);
  const cycle = graph.acyclic && counts.size === assets.length ? null : findCycle(nodes);
  if (cycle) {
    problems.push(
      `Assets form a dependency cycle: ${cycle.join(" → ")}. An asset cannot depend on itself, directly or through other assets; remove one of these dependencies.`,
    );
  }

  // Jobs are resolved against a graph, so only once the assets themselves are sound.
  let jobs: JobSnapshot[] = [];
  let schedules: ScheduleSnapshot[] = [];
  if (problems.length === 0) {
    const resources = toResourceSnapshots(isResourceMap(options.resources) ? options.resources : {});
    const resolved = resolveJobs(options.jobs, graph, resources);
    jobs = resolved.jobs;
    problems.push(...resolved.problems);
    const resolvedSchedules = resolveSchedules(options.schedules, graph, resources, jobs);
    schedules = resolvedSchedules.schedules;
    problems.push(...resolvedSchedules.problems);
  }

  const alerts = problems.length === 0 ? alertProblems(options.alerts, graph, problems) : [];
  const sensors =
    problems.length === 0
      ? resolveSensors(options.sensors, graph, jobs, new Set(schedules.map((s) => s.name)))
      : { sensors: [], definitions: [], problems: [] };
  problems.push(...sensors.problems);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  return {
    assets,
    graph,
    jobs,
    schedules,
    checks,
    alerts,
    sensors: { snapshots: sensors.sensors, definitions: sensors.definitions },
  };
}

function unknownDependencyProblems(nodes: readonly AssetNodeSnapshot[], knownKeys: readonly string[]): string[] {
  const known = new Set(knownKeys);
  const problems: string[] = [];
  for (const node of nodes) {
    const key = toAssetKeyString(node.key);
    for (const dependency of node.dependencyKeys) {
      const missing = toAssetKeyString(dependency);
      if (known.has(missing)) continue;
      const suggestion = suggestKey(
        missing,
        knownKeys.filter((k) => k !== key),
      );
      const hint = suggestion
        ? ` Did you mean "${suggestion}"?`
        : " Add the asset that produces it to defineDefinitions({ assets }), or remove the dependency.";
      problems.push(`Asset "${key}" depends on "${missing}", which is not defined in this code location.${hint}`);
    }
  }
  return problems;
}

function resourceProblems(assets: readonly AnyAssetDefinition[], resources: unknown): string[] {
  if (resources !== undefined && (typeof resources !== "object" || resources === null || Array.isArray(resources))) {
    return ["defineDefinitions: resources must be an object of resources by name, e.g. resources: { warehouse }."];
  }
  const names = Object.keys(resources ?? {});
  const problems: string[] = [];
  for (const definition of assets) {
    for (const name of definition.resourceKeys) {
      if (names.includes(name)) continue;
      const suggestion = closestMatch(name, names);
      const hint = suggestion
        ? ` Did you mean "${suggestion}"?`
        : ` Add it: defineDefinitions({ resources: { ${name}: resource({ … }) } }).`;
      problems.push(
        `Asset "${definition.keyString}" uses resource "${name}", which is not defined in this code location.${hint}`,
      );
    }
  }
  return problems;
}

/** The valid checks; a problem for each one that names an unknown asset or resource, or repeats a name. */
function checkProblems(
  given: unknown,
  byKey: ReadonlyMap<string, AnyAssetDefinition>,
  resources: unknown,
  problems: string[],
): AssetCheckDefinition[] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) {
    problems.push("defineDefinitions: checks must be an array of check(…) values, e.g. checks: [noNullUserIds].");
    return [];
  }
  const resourceNames = Object.keys(isResourceMap(resources) ? resources : {});
  const seen = new Set<string>();
  const checks: AssetCheckDefinition[] = [];
  given.forEach((entry: unknown, index) => {
    if (!isAssetCheckDefinition(entry)) {
      problems.push(
        `checks[${index}] is ${describeValue(entry)}, not an asset check; pass values returned by check().`,
      );
      return;
    }
    const label = `Check "${entry.name}" on asset "${entry.assetKey}"`;
    if (!byKey.has(entry.assetKey))
      problems.push(`${label}: the asset is not in this code location; add it to defineDefinitions({ assets }).`);
    const id = `${entry.assetKey}\u0000${entry.name}`;
    if (seen.has(id)) problems.push(`${label} is defined twice; each check of an asset needs its own name.`);
    seen.add(id);
    for (const name of entry.resourceKeys) {
      if (!resourceNames.includes(name))
        problems.push(`${label} uses resource "${name}", which is not defined in this code location.`);
    }
    checks.push(entry);
  });
  return checks;
}

/** The valid alerts; a problem for each one repeating a name or with a selection that does not parse. */
function alertProblems(given: unknown, graph: AssetGraph, problems: string[]): AlertDefinition[] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) {
    problems.push("defineDefinitions: alerts must be an array of alert(…) values.");
    return [];
  }
  const names = new Set<string>();
  return given.flatMap((entry: unknown, index) => {
    if (!isAlertDefinition(entry)) {
      problems.push(`alerts[${index}] is ${describeValue(entry)}, not an alert; pass values returned by alert().`);
      return [];
    }
    if (names.has(entry.name))
      problems.push(`Alert name "${entry.name}" is used twice; each alert needs its own name.`);
    names.add(entry.name);
    if (entry.selection !== null) {
      const selected = selectAssets(graph, entry.selection);
      if (!selected.ok)
        problems.push(
          `Alert "${entry.name}": selection "${entry.selection}" is invalid at position ${selected.error.position}: ${selected.error.message}`,
        );
    }
    return [entry];
  });
}

function ioManagerProblems(assets: readonly AnyAssetDefinition[], ioManagers: unknown): string[] {
  if (
    ioManagers !== undefined &&
    (typeof ioManagers !== "object" || ioManagers === null || Array.isArray(ioManagers))
  ) {
    return [
      "defineDefinitions: ioManagers must be an object of IO managers by name, e.g. ioManagers: { default: filesystemIOManager({ baseDir }) }.",
    ];
  }
  const given = (ioManagers ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, manager] of Object.entries(given)) {
    if (!isIOManager(manager))
      problems.push(
        `ioManagers.${name} is ${describeValue(manager)}, not an IO manager; make it with ioManager({ handleOutput, loadInput }).`,
      );
  }
  const names = Object.keys(given);
  for (const definition of assets) {
    if (definition.type !== "asset" || typeof definition.ioManager !== "string") continue;
    if (names.includes(definition.ioManager)) continue;
    const suggestion = closestMatch(definition.ioManager, names);
    const hint = suggestion
      ? ` Did you mean "${suggestion}"?`
      : ` Add it: defineDefinitions({ ioManagers: { ${definition.ioManager}: … } }).`;
    problems.push(
      `Asset "${definition.keyString}" stores its value with IO manager "${definition.ioManager}", which is not defined in this code location.${hint}`,
    );
  }
  return problems;
}

/** A key with the same last segment (a forgotten prefix such as "analytics/"), else a similar spelling. */
function suggestKey(missing: string, candidates: readonly string[]): string | null {
  const lastSegment = missing.split("/").pop();
  const samePath = candidates.find((candidate) => candidate.split("/").pop() === lastSegment);
  return samePath ?? closestMatch(missing, candidates);
}

function isResourceMap(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
