// A Strata run's stored events as OpenLineage run events. Each asset step is one OpenLineage run of the job named
// for its asset: START at its first STEP_START, then one of COMPLETE (STEP_SUCCESS, carrying every partition the
// step materialized), FAIL (a STEP_FAILURE that is not retried) or ABORT (STEP_CANCELED after a start). The Strata
// run is their parent. Pure: the caller reads the events and the run's snapshot and sends what this returns.
import { createHash } from "node:crypto";
import { toAssetKeyString } from "../assetKey";
import type { AssetNodeSnapshot, ColumnLineage, MetadataValue, TableColumn } from "../definitionsSnapshot";
import { FACET_SCHEMAS } from "../openlineage/facetSchemas";
import {
  multiPartitionKeyParts,
  type PartitionsDefinitionSnapshot,
  type RunPartitionSelection,
  timeWindowOf,
} from "../partitions";

/** Where Strata's events say they come from (OpenLineage's `producer` and each facet's `_producer`). */
export const STRATA_PRODUCER = "https://github.com/strata-orchestrator/strata";
export const RUN_EVENT_SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
/** The custom run facet that carries a step's partition key or range. */
export const PARTITION_FACET_SCHEMA_URL = `${STRATA_PRODUCER}/blob/main/lib/core/lineageExport/StrataPartitionRunFacet.json#/$defs/StrataPartitionRunFacet`;

/** Metadata entries read as output statistics: the first present of each list, when it is an integer. */
export const ROW_COUNT_ENTRIES = ["row_count", "rowCount", "rows"] as const;
export const SIZE_ENTRIES = ["size_bytes", "sizeBytes", "bytes"] as const;

/** The event types that end or begin an OpenLineage run; the daemon reads these past its cursor. */
export const LINEAGE_TRIGGER_EVENT_TYPES = ["STEP_START", "STEP_SUCCESS", "STEP_FAILURE", "STEP_CANCELED"] as const;
/** What the events of a step's COMPLETE are made of besides the trigger. */
export const LINEAGE_DETAIL_EVENT_TYPES = ["ASSET_MATERIALIZATION", "ASSET_CHECK_EVALUATION"] as const;

export type LineageEventType = "START" | "COMPLETE" | "FAIL" | "ABORT";

/** The run, as much of it as its lineage tells. */
export interface LineageRun {
  id: string;
  jobName: string | null;
  /** Asset key strings the run materializes. */
  assetSelection: readonly string[];
  partitions: RunPartitionSelection | null;
  /** The first run of a re-execution chain, when this run re-executes one. */
  root: { id: string; jobName: string } | null;
}

/** One stored event of the run (any order; they are sorted by id). */
export interface LineageSourceEvent {
  id: bigint;
  stepKey: string | null;
  assetKey: string | null;
  partitionKey: string | null;
  eventType: string;
  timestamp: Date;
  /** The event's JSON data as stored: metadata, error, attempt, willRetry, check fields. */
  data: unknown;
}

export interface LineageDataset {
  namespace: string;
  name: string;
  facets?: Record<string, Facet>;
  inputFacets?: Record<string, Facet>;
  outputFacets?: Record<string, Facet>;
}

export type Facet = { _producer: string; _schemaURL: string } & Record<string, unknown>;

/** An OpenLineage RunEvent (2-0-2) as Strata sends it. */
export interface OpenLineageRunEvent {
  eventType: LineageEventType;
  eventTime: string;
  producer: string;
  schemaURL: string;
  run: { runId: string; facets: Record<string, Facet> };
  job: { namespace: string; name: string; facets: Record<string, Facet> };
  inputs: LineageDataset[];
  outputs: LineageDataset[];
}

/** An event to send and the Strata event it was made from (unique: what makes queueing it idempotent). */
export interface BuiltLineageEvent {
  sourceEventId: bigint;
  stepKey: string;
  event: OpenLineageRunEvent;
}

export interface RunLineageContext {
  /** e.g. "strata://analytics-prod": the namespace of Strata's jobs and of its assets as datasets. */
  namespace: string;
  /** The run's snapshot's assets by key string; an asset missing here still gets its events, without definitions. */
  assets: ReadonlyMap<string, AssetNodeSnapshot>;
}

/**
 * Every OpenLineage event of the run's stored events, in event order. Only triggers with ids in `only` (when given)
 * are built, so a reader past a cursor builds each once; the other events still supply detail.
 */
export function lineageEventsOfRun(
  run: LineageRun,
  events: readonly LineageSourceEvent[],
  context: RunLineageContext,
  only?: (eventId: bigint) => boolean,
): BuiltLineageEvent[] {
  const byStep = new Map<string, LineageSourceEvent[]>();
  for (const event of [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!event.stepKey || !event.assetKey) continue;
    const list = byStep.get(event.stepKey) ?? [];
    list.push(event);
    byStep.set(event.stepKey, list);
  }
  const built: BuiltLineageEvent[] = [];
  for (const [stepKey, stepEvents] of byStep) {
    const firstStart = stepEvents.find((e) => e.eventType === "STEP_START");
    let attemptStart: LineageSourceEvent | undefined;
    for (const event of stepEvents) {
      if (event.eventType === "STEP_START") attemptStart = event;
      const type = lineageEventTypeOf(event, event === firstStart, firstStart !== undefined);
      if (type === null || (only && !only(event.id))) continue;
      // A COMPLETE tells what the successful attempt made: the events since its own start.
      const attempt = stepEvents.filter(
        (e) => e.id <= event.id && (attemptStart === undefined || e.id >= attemptStart.id),
      );
      built.push({ sourceEventId: event.id, stepKey, event: buildEvent(type, event, attempt, run, context) });
    }
  }
  return built.sort((a, b) => (a.sourceEventId < b.sourceEventId ? -1 : 1));
}

function lineageEventTypeOf(
  event: LineageSourceEvent,
  isFirstStart: boolean,
  started: boolean,
): LineageEventType | null {
  switch (event.eventType) {
    case "STEP_START":
      // Retries are attempts within one OpenLineage run, which starts once.
      return isFirstStart ? "START" : null;
    case "STEP_SUCCESS":
      return "COMPLETE";
    case "STEP_FAILURE":
      return dataOf(event).willRetry === true ? null : "FAIL";
    case "STEP_CANCELED":
      // A step canceled before it started never ran.
      return started ? "ABORT" : null;
    default:
      return null;
  }
}

interface EventData {
  metadata?: Record<string, MetadataValue>;
  error?: { message?: unknown; stack?: unknown };
  willRetry?: unknown;
  checkName?: unknown;
  status?: unknown;
  severity?: unknown;
  description?: unknown;
}

function dataOf(event: LineageSourceEvent): EventData {
  return typeof event.data === "object" && event.data !== null ? (event.data as EventData) : {};
}

function facet(schemaFile: keyof typeof FACET_SCHEMAS, fields: Record<string, unknown>): Facet {
  return {
    _producer: STRATA_PRODUCER,
    _schemaURL: `${FACET_SCHEMAS[schemaFile].$id}#/$defs/${schemaFile}`,
    ...fields,
  };
}

function buildEvent(
  type: LineageEventType,
  trigger: LineageSourceEvent,
  attempt: readonly LineageSourceEvent[],
  run: LineageRun,
  context: RunLineageContext,
): OpenLineageRunEvent {
  const assetKey = trigger.assetKey as string;
  const definition = context.assets.get(assetKey);
  const partitions = stepPartitions(trigger, run, definition);
  const runFacets: Record<string, Facet> = {
    parent: facet("ParentRunFacet", {
      run: { runId: run.id },
      job: { namespace: context.namespace, name: parentJobName(run) },
      ...(run.root && run.root.id !== run.id
        ? { root: { run: { runId: run.root.id }, job: { namespace: context.namespace, name: run.root.jobName } } }
        : {}),
    }),
  };
  if (partitions) {
    runFacets.strata_partition = {
      _producer: STRATA_PRODUCER,
      _schemaURL: PARTITION_FACET_SCHEMA_URL,
      ...(partitions.kind === "key"
        ? { key: partitions.key }
        : { rangeStart: partitions.start, rangeEnd: partitions.end }),
    };
    const window = definition?.partitionsDefinition ? nominalWindow(definition.partitionsDefinition, partitions) : null;
    if (window)
      runFacets.nominalTime = facet("NominalTimeRunFacet", {
        nominalStartTime: window.start.toISOString(),
        nominalEndTime: window.end.toISOString(),
      });
  }
  if (type === "FAIL") {
    const error = dataOf(trigger).error;
    runFacets.errorMessage = facet("ErrorMessageRunFacet", {
      message: typeof error?.message === "string" ? error.message : trigger.eventType,
      programmingLanguage: "TypeScript",
      ...(typeof error?.stack === "string" ? { stackTrace: error.stack } : {}),
    });
  }
  const inputs: LineageDataset[] = (definition?.dependencyKeys ?? []).map((key) => ({
    namespace: context.namespace,
    name: toAssetKeyString(key),
  }));
  return {
    eventType: type,
    eventTime: trigger.timestamp.toISOString(),
    producer: STRATA_PRODUCER,
    schemaURL: RUN_EVENT_SCHEMA_URL,
    run: { runId: stepRunUuid(run.id, trigger.stepKey as string), facets: runFacets },
    job: {
      namespace: context.namespace,
      name: assetKey,
      facets: {
        jobType: facet("JobTypeJobFacet", { processingType: "BATCH", integration: "STRATA", jobType: "ASSET" }),
      },
    },
    inputs,
    outputs: [outputDataset(type, assetKey, attempt, definition, context.namespace)],
  };
}

/** The asset as the step's output: its schema and column lineage, and on COMPLETE what it wrote and its checks. */
function outputDataset(
  type: LineageEventType,
  assetKey: string,
  attempt: readonly LineageSourceEvent[],
  definition: AssetNodeSnapshot | undefined,
  namespace: string,
): LineageDataset {
  const materializations = type === "COMPLETE" ? attempt.filter((e) => e.eventType === "ASSET_MATERIALIZATION") : [];
  // The latest materialization's entries win over the definition's.
  const metadata: Record<string, MetadataValue> = Object.assign(
    {},
    definition?.metadata ?? {},
    ...materializations.map((e) => dataOf(e).metadata ?? {}),
  );
  const facets: Record<string, Facet> = {};
  const columns = tableSchemaOf(metadata);
  if (columns && columns.length > 0) facets.schema = facet("SchemaDatasetFacet", { fields: columns.map(schemaField) });
  const lineage = columnLineageOf(metadata);
  if (lineage) {
    const fields = columnLineageFields(lineage, namespace);
    if (Object.keys(fields).length > 0) facets.columnLineage = facet("ColumnLineageDatasetFacet", { fields });
  }
  const checks = type === "COMPLETE" ? attempt.filter((e) => e.eventType === "ASSET_CHECK_EVALUATION") : [];
  if (checks.length > 0)
    facets.dataQualityAssertions = facet("DataQualityAssertionsDatasetFacet", { assertions: checks.map(assertion) });
  const outputFacets: Record<string, Facet> = {};
  if (materializations.length > 0) {
    const rowCount = sumOf(materializations, ROW_COUNT_ENTRIES);
    const size = sumOf(materializations, SIZE_ENTRIES);
    if (rowCount !== null || size !== null)
      outputFacets.outputStatistics = facet("OutputStatisticsOutputDatasetFacet", {
        ...(rowCount !== null ? { rowCount } : {}),
        ...(size !== null ? { size } : {}),
      });
  }
  return {
    namespace,
    name: assetKey,
    ...(Object.keys(facets).length > 0 ? { facets } : {}),
    ...(Object.keys(outputFacets).length > 0 ? { outputFacets } : {}),
  };
}

/** The last entry of each type: a later materialization's entries come later. */
function tableSchemaOf(metadata: Record<string, MetadataValue>): TableColumn[] | null {
  let found: TableColumn[] | null = null;
  for (const entry of Object.values(metadata)) if (entry?.type === "table_schema") found = entry.value.columns;
  return found;
}

function columnLineageOf(metadata: Record<string, MetadataValue>): ColumnLineage | null {
  let found: ColumnLineage | null = null;
  for (const entry of Object.values(metadata)) if (entry?.type === "column_lineage") found = entry.value;
  return found;
}

function schemaField(column: TableColumn, index: number): Record<string, unknown> {
  return {
    name: column.name,
    type: column.type,
    ...(column.description ? { description: column.description } : {}),
    ordinal_position: index + 1,
  };
}

function columnLineageFields(lineage: ColumnLineage, namespace: string): Record<string, { inputFields: unknown[] }> {
  const fields: Record<string, { inputFields: unknown[] }> = {};
  for (const [column, dependencies] of Object.entries(lineage.depsByColumn ?? {})) {
    if (!Array.isArray(dependencies)) continue;
    fields[column] = {
      inputFields: dependencies.map((dependency) => ({
        namespace,
        name: toAssetKeyString(dependency.assetKey),
        field: dependency.column,
      })),
    };
  }
  return fields;
}

function assertion(check: LineageSourceEvent): Record<string, unknown> {
  const data = dataOf(check);
  const name = typeof data.checkName === "string" ? data.checkName : "check";
  return {
    assertion: name,
    name,
    success: data.status === "SUCCEEDED",
    ...(typeof data.severity === "string" ? { severity: data.severity.toLowerCase() } : {}),
    ...(typeof data.description === "string" && data.description ? { description: data.description } : {}),
  };
}

/** The sum of the first integer entry named in `names` over the materializations; null when none has one. */
function sumOf(materializations: readonly LineageSourceEvent[], names: readonly string[]): number | null {
  let total: number | null = null;
  for (const event of materializations) {
    const metadata = dataOf(event).metadata ?? {};
    for (const name of names) {
      const entry = metadata[name];
      if ((entry?.type === "int" || entry?.type === "float") && Number.isSafeInteger(entry.value)) {
        total = (total ?? 0) + entry.value;
        break;
      }
    }
  }
  return total;
}

/** A step's partitions: its events' key, else the run's range when the asset is partitioned. */
function stepPartitions(
  trigger: LineageSourceEvent,
  run: LineageRun,
  definition: AssetNodeSnapshot | undefined,
): RunPartitionSelection | null {
  if (trigger.partitionKey !== null) return { kind: "key", key: trigger.partitionKey };
  if (run.partitions?.kind === "range" && (definition === undefined || definition.partitionsDefinition))
    return run.partitions;
  return null;
}

/** A time-partitioned step's window: from its first partition's start to its last one's end. */
function nominalWindow(
  definition: PartitionsDefinitionSnapshot,
  partitions: RunPartitionSelection,
): { start: Date; end: Date } | null {
  const [firstKey, lastKey] =
    partitions.kind === "key" ? [partitions.key, partitions.key] : [partitions.start, partitions.end];
  const first = windowOfKey(definition, firstKey);
  const last = windowOfKey(definition, lastKey);
  return first && last ? { start: first.start, end: last.end } : null;
}

function windowOfKey(definition: PartitionsDefinitionSnapshot, key: string): { start: Date; end: Date } | null {
  if (definition.type === "time_window") return timeWindowOf(definition, key);
  if (definition.type !== "multi") return null;
  const time = definition.dimensions.find((dimension) => dimension.definition.type === "time_window");
  const part = time ? multiPartitionKeyParts(definition, key)?.[time.name] : undefined;
  return time && part !== undefined ? timeWindowOf(time.definition, part) : null;
}

/** The Strata run as a job: its job's name, else its assets (the same selection names the same job). */
export function parentJobName(run: Pick<LineageRun, "jobName" | "assetSelection">): string {
  if (run.jobName) return run.jobName;
  const label = [...run.assetSelection].sort().join(" or ");
  return label.length <= 200 ? label : `${label.slice(0, 199)}…`;
}

// A fixed namespace for Strata's name-based UUIDs, so a step's id is the same wherever it is computed.
const STEP_RUN_NAMESPACE = Buffer.from("6f1c2a7e94b54d0e8f3a1b2c3d4e5f60", "hex");

/**
 * The OpenLineage run id of one step of a Strata run: a name-based UUID (version 5, SHA-1) of the run id and step
 * key, so a resent event carries the same id, and the START and the end of a step share it.
 */
export function stepRunUuid(runId: string, stepKey: string): string {
  const hash = createHash("sha1").update(STEP_RUN_NAMESPACE).update(`${runId}\u0000${stepKey}`).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
