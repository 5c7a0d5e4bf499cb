// What one valid OpenLineage event tells Strata: the datasets and their latest facets, the job and the datasets it
// reads and writes, the run's state, and the asset events to record (a materialization of each output of a COMPLETE
// run, a failed attempt of each output of a FAIL, check results from data quality assertions). Pure.
import type { ColumnDependency, MetadataValue, TableColumn } from "../definitionsSnapshot";
import { datasetAssetKey } from "./naming";
import type { LineageDataset, LineageEvent, LineageFacets, RunEventType } from "./types";

/** A dataset by its OpenLineage name. */
export interface DatasetRef {
  namespace: string;
  name: string;
}

export interface DatasetFact extends DatasetRef {
  /** Its dataset facets in this event (deleted ones left out), merged over what was known. */
  facets: Record<string, Record<string, unknown>>;
  /** Facets this event deletes (`_deleted: true`). */
  deletedFacets: string[];
}

export interface JobFact extends DatasetRef {
  facets: Record<string, Record<string, unknown>>;
  inputs: DatasetRef[];
  outputs: DatasetRef[];
  parent: DatasetRef | null;
}

export interface RunFact {
  runId: string;
  job: DatasetRef;
  parentRunId: string | null;
  state: RunEventType;
  eventTime: Date;
  nominalStartTime: Date | null;
  errorMessage: string | null;
  outputs: DatasetRef[];
}

export interface CheckResultFact {
  name: string;
  passed: boolean;
  severity: "WARN" | "ERROR";
  description: string | null;
  metadata: Record<string, MetadataValue>;
}

export type AssetEventFact =
  | {
      type: "materialization";
      dataset: DatasetRef;
      metadata: Record<string, MetadataValue>;
      dataVersion: string | null;
    }
  | { type: "failure"; dataset: DatasetRef; message: string }
  | { type: "check"; dataset: DatasetRef; check: CheckResultFact };

export interface LineageFacts {
  datasets: DatasetFact[];
  job: JobFact | null;
  run: RunFact | null;
  assetEvents: AssetEventFact[];
  eventTime: Date;
}

/** Metadata entry names Strata gives what it reads from facets, shared with the column view and the producer. */
export const LINEAGE_METADATA = {
  schema: "schema",
  columnLineage: "column_lineage",
  rowCount: "row_count",
  bytes: "bytes",
  fileCount: "file_count",
  job: "openlineage/job",
  runId: "openlineage/run_id",
  namespace: "openlineage/namespace",
  name: "openlineage/name",
} as const;

type Facet = Record<string, unknown>;

function isRecord(value: unknown): value is Facet {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function liveFacets(facets: LineageFacets | undefined): { live: Record<string, Facet>; deleted: string[] } {
  const live: Record<string, Facet> = {};
  const deleted: string[] = [];
  for (const [name, facet] of Object.entries(facets ?? {})) {
    if (!isRecord(facet)) continue;
    if (facet._deleted === true) deleted.push(name);
    else live[name] = facet;
  }
  return { live, deleted };
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The schema facet's fields as table columns; nested fields are named by their path ("address.city"). */
export function schemaColumns(facet: Facet | undefined): TableColumn[] | null {
  if (!facet || !Array.isArray(facet.fields)) return null;
  const columns: TableColumn[] = [];
  const walk = (fields: unknown[], prefix: string) => {
    for (const field of fields) {
      if (!isRecord(field) || typeof field.name !== "string") continue;
      const name = prefix + field.name;
      columns.push({ name, type: text(field.type) ?? "unknown", description: text(field.description) });
      if (Array.isArray(field.fields)) walk(field.fields, `${name}.`);
    }
  };
  walk(facet.fields, "");
  return columns;
}

/** The columnLineage facet as Strata's column lineage: each output column's upstream asset columns. */
export function columnDependencies(facet: Facet | undefined): Record<string, ColumnDependency[]> | null {
  if (!facet || !isRecord(facet.fields)) return null;
  const depsByColumn: Record<string, ColumnDependency[]> = {};
  for (const [column, field] of Object.entries(facet.fields)) {
    if (!isRecord(field) || !Array.isArray(field.inputFields)) continue;
    depsByColumn[column] = field.inputFields.flatMap((input) =>
      isRecord(input) && typeof input.namespace === "string" && typeof input.name === "string"
        ? [{ assetKey: datasetAssetKey(input.namespace, input.name), column: String(input.field) }]
        : [],
    );
  }
  return depsByColumn;
}

/** Metadata of a dataset as its facets describe it: schema, column lineage, output statistics. */
function datasetMetadata(facets: Record<string, Facet>, outputFacets: Record<string, Facet>) {
  const metadata: Record<string, MetadataValue> = {};
  const columns = schemaColumns(facets.schema);
  if (columns) metadata[LINEAGE_METADATA.schema] = { type: "table_schema", value: { columns } };
  const depsByColumn = columnDependencies(facets.columnLineage);
  if (depsByColumn) metadata[LINEAGE_METADATA.columnLineage] = { type: "column_lineage", value: { depsByColumn } };
  const statistics = outputFacets.outputStatistics;
  const rows = count(statistics?.rowCount);
  const bytes = count(statistics?.size);
  const files = count(statistics?.fileCount);
  if (rows !== null) metadata[LINEAGE_METADATA.rowCount] = { type: "int", value: rows };
  if (bytes !== null) metadata[LINEAGE_METADATA.bytes] = { type: "int", value: bytes };
  if (files !== null) metadata[LINEAGE_METADATA.fileCount] = { type: "int", value: files };
  return metadata;
}

/** A check name from an assertion: its own name, else the assertion and column ("not_null_user_id"). */
export function assertionCheckName(assertion: Facet): string {
  const raw =
    text(assertion.name) ??
    [text(assertion.assertion) ?? "assertion", text(assertion.column)].filter(Boolean).join("_");
  return raw.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "assertion";
}

function assertionChecks(dataset: DatasetRef, facets: Array<Facet | undefined>): AssetEventFact[] {
  const events: AssetEventFact[] = [];
  for (const facet of facets) {
    if (!facet || !Array.isArray(facet.assertions)) continue;
    for (const assertion of facet.assertions) {
      if (!isRecord(assertion) || typeof assertion.success !== "boolean") continue;
      const metadata: Record<string, MetadataValue> = {};
      for (const field of ["assertion", "column", "expected", "actual", "type"] as const) {
        const value = text(assertion[field]);
        if (value) metadata[field] = { type: "text", value };
      }
      events.push({
        type: "check",
        dataset,
        check: {
          name: assertionCheckName(assertion),
          passed: assertion.success,
          severity: text(assertion.severity)?.toLowerCase() === "warn" ? "WARN" : "ERROR",
          description: text(assertion.description),
          metadata,
        },
      });
    }
  }
  return events;
}

function ref(dataset: LineageDataset): DatasetRef {
  return { namespace: dataset.namespace, name: dataset.name };
}

function datasetFact(dataset: LineageDataset): DatasetFact {
  const { live, deleted } = liveFacets(dataset.facets);
  return { ...ref(dataset), facets: live, deletedFacets: deleted };
}

function dateOf(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Everything a valid event tells; the event is trusted to match the specification. */
export function lineageFacts(event: LineageEvent): LineageFacts {
  const eventTime = new Date(event.eventTime);
  if (event.kind === "DatasetEvent") {
    const fact = datasetFact(event.dataset);
    return {
      datasets: [fact],
      job: null,
      run: null,
      assetEvents: assertionChecks(ref(event.dataset), [fact.facets.dataQualityAssertions]),
      eventTime,
    };
  }
  const inputs = event.inputs ?? [];
  const outputs = event.outputs ?? [];
  const datasets = [...inputs, ...outputs].map(datasetFact);
  const runFacets = event.kind === "RunEvent" ? liveFacets(event.run.facets).live : {};
  const parent = isRecord(runFacets.parent) ? runFacets.parent : null;
  const parentJob =
    parent && isRecord(parent.job) && typeof parent.job.namespace === "string" && typeof parent.job.name === "string"
      ? { namespace: parent.job.namespace, name: parent.job.name }
      : null;
  const job: JobFact = {
    ...ref(event.job),
    facets: liveFacets(event.job.facets).live,
    inputs: inputs.map(ref),
    outputs: outputs.map(ref),
    parent: parentJob,
  };
  if (event.kind === "JobEvent") return { datasets, job, run: null, assetEvents: [], eventTime };

  const state = event.eventType ?? "OTHER";
  const errorFacet = runFacets.errorMessage;
  const errorMessage = text(errorFacet?.message);
  const run: RunFact = {
    runId: event.run.runId,
    job: ref(event.job),
    parentRunId: parent && isRecord(parent.run) ? text(parent.run.runId) : null,
    state,
    eventTime,
    nominalStartTime: dateOf(runFacets.nominalTime?.nominalStartTime),
    errorMessage,
    outputs: outputs.map(ref),
  };
  const assetEvents: AssetEventFact[] = [];
  const jobLabel = `${event.job.namespace}/${event.job.name}`;
  if (state === "COMPLETE") {
    for (const output of outputs) {
      const { live } = liveFacets(output.facets);
      const metadata: Record<string, MetadataValue> = {
        ...datasetMetadata(live, liveFacets(output.outputFacets).live),
        [LINEAGE_METADATA.job]: { type: "text", value: jobLabel },
        [LINEAGE_METADATA.runId]: { type: "text", value: event.run.runId },
      };
      assetEvents.push({
        type: "materialization",
        dataset: ref(output),
        metadata,
        dataVersion: text(live.version?.datasetVersion),
      });
    }
  } else if (state === "FAIL") {
    const message = errorMessage ?? `OpenLineage job ${jobLabel} failed (run ${event.run.runId}).`;
    for (const output of outputs) assetEvents.push({ type: "failure", dataset: ref(output), message });
  }
  if (state !== "START" && state !== "RUNNING" && state !== "ABORT") {
    for (const input of inputs)
      assetEvents.push(
        ...assertionChecks(ref(input), [
          liveFacets(input.inputFacets).live.dataQualityAssertions,
          liveFacets(input.facets).live.dataQualityAssertions,
        ]),
      );
    for (const output of outputs)
      assetEvents.push(...assertionChecks(ref(output), [liveFacets(output.facets).live.dataQualityAssertions]));
  }
  return { datasets, job, run, assetEvents, eventTime };
}
