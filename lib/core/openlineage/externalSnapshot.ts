// The definitions snapshot of the lineage Strata received: each dataset an external asset drawn downstream of the
// inputs of the jobs that write it, grouped by namespace, with its schema, column lineage and the checks its
// assertions reported. The Workspace merges it like any code location's, so the graph, the catalog, the asset pages
// and the selection syntax show external assets with no code of their own.
import type { AssetCheckSnapshot, AssetNodeSnapshot, DefinitionsSnapshot, MetadataValue } from "../definitionsSnapshot";
import { columnDependencies, LINEAGE_METADATA, schemaColumns } from "./lineageFacts";
import { externalJobLabel, namespaceGroup, namespaceKind } from "./naming";

/** The code location external lineage is shown as. */
export const LINEAGE_LOCATION_NAME = "openlineage";

export interface ExternalDatasetRecord {
  assetKey: string;
  namespace: string;
  name: string;
  facets: Record<string, Record<string, unknown>>;
}

export interface ExternalJobRecord {
  namespace: string;
  name: string;
  inputKeys: string[];
  outputKeys: string[];
}

function ownersOf(facet: Record<string, unknown> | undefined): string[] {
  if (!facet || !Array.isArray(facet.owners)) return [];
  return facet.owners.flatMap((owner) =>
    typeof owner === "object" && owner !== null && typeof (owner as { name?: unknown }).name === "string"
      ? [(owner as { name: string }).name]
      : [],
  );
}

function descriptionOf(facet: Record<string, unknown> | undefined): string | null {
  return typeof facet?.description === "string" && facet.description !== "" ? facet.description : null;
}

/** The snapshot, in a stable order so unchanged lineage hashes the same. */
export function externalLineageSnapshot(
  datasets: readonly ExternalDatasetRecord[],
  jobs: readonly ExternalJobRecord[],
  /** The checks results were reported for, with the severity of the latest. */
  checksByKey: ReadonlyMap<string, readonly { name: string; severity: "WARN" | "ERROR" }[]>,
): DefinitionsSnapshot {
  const upstreamByKey = new Map<string, Set<string>>();
  const jobsByOutput = new Map<string, string[]>();
  for (const job of jobs) {
    for (const output of job.outputKeys) {
      const upstream = upstreamByKey.get(output) ?? new Set<string>();
      for (const input of job.inputKeys) if (input !== output) upstream.add(input);
      upstreamByKey.set(output, upstream);
      jobsByOutput.set(output, [...(jobsByOutput.get(output) ?? []), externalJobLabel(job)]);
    }
  }
  const ordered = [...datasets].sort((a, b) => (a.assetKey < b.assetKey ? -1 : a.assetKey > b.assetKey ? 1 : 0));
  const assets: AssetNodeSnapshot[] = ordered.map((dataset) => {
    const metadata: Record<string, MetadataValue> = {
      [LINEAGE_METADATA.namespace]: { type: "text", value: dataset.namespace },
      [LINEAGE_METADATA.name]: { type: "text", value: dataset.name },
    };
    const producers = jobsByOutput.get(dataset.assetKey);
    if (producers) metadata[LINEAGE_METADATA.job] = { type: "text", value: [...producers].sort().join(", ") };
    const columns = schemaColumns(dataset.facets.schema);
    if (columns) metadata[LINEAGE_METADATA.schema] = { type: "table_schema", value: { columns } };
    const depsByColumn = columnDependencies(dataset.facets.columnLineage);
    if (depsByColumn) metadata[LINEAGE_METADATA.columnLineage] = { type: "column_lineage", value: { depsByColumn } };
    const kind = namespaceKind(dataset.namespace);
    return {
      key: dataset.assetKey.split("/"),
      groupName: namespaceGroup(dataset.namespace),
      description: descriptionOf(dataset.facets.documentation),
      owners: ownersOf(dataset.facets.ownership),
      tags: {},
      kinds: kind ? [kind, "openlineage"] : ["openlineage"],
      metadata,
      codeVersion: null,
      isSource: true,
      dependencyKeys: [...(upstreamByKey.get(dataset.assetKey) ?? [])].sort().map((key) => key.split("/")),
    };
  });
  const checks: AssetCheckSnapshot[] = ordered.flatMap((dataset) =>
    [...(checksByKey.get(dataset.assetKey) ?? [])]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(({ name, severity }) => ({
        assetKey: dataset.assetKey.split("/"),
        name,
        description: null,
        severity,
        blocking: false,
      })),
  );
  return { schemaVersion: 1, assets, checks, resources: [], jobs: [], schedules: [], alerts: [], sensors: [] };
}
