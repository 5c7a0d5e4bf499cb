// Turns definitions into the JSON snapshot the web server, store and daemon read; never contains user functions.
import { compareAssetKeys } from "../core/assetKey";
import type {
  AssetNodeSnapshot,
  DefinitionsSnapshot,
  JobSnapshot,
  MetadataValue,
  ResourceSnapshot,
  ScheduleSnapshot,
  SensorSnapshot,
} from "../core/definitionsSnapshot";
import type { AlertDefinition } from "./alert";
import type { AnyAssetDefinition } from "./assetDefinition";
import type { AssetCheckDefinition } from "./check";
import { configJsonSchema } from "./config";
import { isResourceDefinition } from "./resource";
import { resourceConfigJsonSchema } from "./resourceConfigSchema";

export function toAssetNodeSnapshot(definition: AnyAssetDefinition): AssetNodeSnapshot {
  const isAsset = definition.type === "asset";
  const node: AssetNodeSnapshot = {
    key: [...definition.key],
    groupName: definition.group,
    description: definition.description,
    owners: [...definition.owners],
    tags: { ...definition.tags },
    kinds: [...definition.kinds],
    metadata: Object.fromEntries(
      Object.entries(definition.metadata).map(([name, value]) => [name, copyMetadata(value)]),
    ),
    codeVersion: isAsset ? definition.codeVersion : null,
    isSource: !isAsset,
    dependencyKeys: isAsset ? definition.dependencyKeys.map((key) => [...key]) : [],
  };
  // The newer fields are left out when unused, so snapshots of assets that use none of them are unchanged.
  if (isAsset && definition.retryPolicy) node.retryPolicy = { ...definition.retryPolicy };
  if (isAsset && definition.configSchema) node.configJsonSchema = configJsonSchema(definition.configSchema);
  if (definition.resourceKeys.length > 0) node.resourceKeys = [...definition.resourceKeys];
  if (definition.partitions) node.partitionsDefinition = structuredClone(definition.partitions.snapshot);
  if (isAsset && Object.keys(definition.partitionMappings).length > 0) {
    node.partitionMappings = Object.fromEntries(
      Object.entries(definition.partitionMappings).map(([key, mapping]) => [key, structuredClone(mapping.snapshot)]),
    );
  }
  if (isAsset && definition.backfillPolicy === "single_run") node.backfillPolicy = "single_run";
  if (definition.freshnessPolicy) node.freshnessPolicy = { ...definition.freshnessPolicy };
  if (isAsset && definition.automationCondition) node.automationCondition = { ...definition.automationCondition };
  if (!isAsset && definition.observeIntervalMinutes !== null)
    node.observeIntervalMinutes = definition.observeIntervalMinutes;
  return node;
}

/** Resources by name, sorted; plain values (not made by resource()) take no config. */
export function toResourceSnapshots(resources: Readonly<Record<string, unknown>>): ResourceSnapshot[] {
  return Object.entries(resources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ({
      name,
      configJsonSchema: isResourceDefinition(value) ? resourceConfigJsonSchema(value) : null,
    }));
}

/** The snapshot of a set of definitions, sorted by key so the same code always gives the same JSON. */
export function toDefinitionsSnapshot(definitions: {
  readonly assets: readonly AnyAssetDefinition[];
  readonly resources?: Readonly<Record<string, unknown>>;
  readonly jobs?: readonly JobSnapshot[];
  readonly schedules?: readonly ScheduleSnapshot[];
  readonly checks?: readonly AssetCheckDefinition[];
  readonly alerts?: readonly AlertDefinition[];
  readonly sensors?: readonly SensorSnapshot[];
}): DefinitionsSnapshot {
  const assets = definitions.assets
    .map(toAssetNodeSnapshot)
    .sort((a, b) => compareAssetKeys(a.key.join("/"), b.key.join("/")));
  const snapshot: DefinitionsSnapshot = { schemaVersion: 1, assets };
  // Left out when empty, so snapshots of locations without resources or jobs stay as they were.
  const resources = toResourceSnapshots(definitions.resources ?? {});
  if (resources.length > 0) snapshot.resources = resources;
  if (definitions.jobs && definitions.jobs.length > 0)
    snapshot.jobs = definitions.jobs.map((job) => structuredClone(job)).sort((a, b) => a.name.localeCompare(b.name));
  if (definitions.checks && definitions.checks.length > 0) {
    snapshot.checks = definitions.checks
      .map((check) => ({
        assetKey: check.assetKey.split("/"),
        name: check.name,
        description: check.description,
        severity: check.severity,
        blocking: check.blocking,
      }))
      .sort((a, b) => compareAssetKeys(a.assetKey.join("/"), b.assetKey.join("/")) || a.name.localeCompare(b.name));
  }
  if (definitions.sensors && definitions.sensors.length > 0)
    snapshot.sensors = definitions.sensors.map((s) => structuredClone(s)).sort((a, b) => a.name.localeCompare(b.name));
  if (definitions.alerts && definitions.alerts.length > 0) {
    snapshot.alerts = definitions.alerts
      .map((a) => ({ name: a.name, on: [...a.on], webhook: { ...a.webhook }, selection: a.selection }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  if (definitions.schedules && definitions.schedules.length > 0)
    snapshot.schedules = definitions.schedules
      .map((s) => structuredClone(s))
      .sort((a, b) => a.name.localeCompare(b.name));
  return snapshot;
}

function copyMetadata(value: MetadataValue): MetadataValue {
  // Structured values were copied at definition time, but a consumer mutating the snapshot must not reach the definition.
  return { ...value, value: structuredClone(value.value) } as MetadataValue;
}
