// Column-level lineage: each asset's columns, where each comes from and where it goes, across assets.
//
// Columns and their lineage are metadata entries found by type: a `table_schema` entry lists the columns, a
// `column_lineage` entry maps each output column to the upstream columns it reads. They come from the asset's
// definition (`metadata: { schema: meta.tableSchema(…), column_lineage: meta.columnLineage(…) }`, or an OpenLineage
// dataset's schema and columnLineage facets) and from its latest materialization, which wins: it is what was last
// written (Dagster reads `dagster/column_schema` and `dagster/column_lineage` from the latest materialization too).
import { toAssetKeyString } from "./assetKey";
import type {
  AssetNodeSnapshot,
  ColumnDependency,
  ColumnLineage,
  MetadataValue,
  TableColumn,
} from "./definitionsSnapshot";

/** The metadata entry type that lists a table's columns. */
export const TABLE_SCHEMA_TYPE = "table_schema";
/** The metadata entry type that maps output columns to upstream columns. */
export const COLUMN_LINEAGE_TYPE = "column_lineage";
/**
 * The keys Strata writes these entries under (the SDK's examples, the OpenLineage consumer). Readers look entries up by
 * type; when several entries share a type, the one under its conventional key wins, then the first.
 */
export const TABLE_SCHEMA_METADATA_KEY = "schema";
export const COLUMN_LINEAGE_METADATA_KEY = "column_lineage";

/** A column of another (or the same) asset, e.g. { assetKey: "raw/users", column: "id" }. */
export interface ColumnRef {
  /** The asset key string, "raw/users". */
  assetKey: string;
  column: string;
}

/** A column another asset's lineage names: flagged when that does not add up. */
export interface ColumnLink extends ColumnRef {
  /** False when no loaded code location defines the asset. */
  assetExists: boolean;
  /**
   * For an upstream column: whether its asset is an upstream (ins or deps) of the reading asset. For a downstream
   * use: whether this asset is an upstream of the reading asset. Lineage across assets that are not linked is flagged.
   */
  isDependency: boolean;
  /** Whether the other asset declares the column; null when it declares no columns at all (nothing to check against). */
  columnKnown: boolean | null;
}

export interface ColumnInfo {
  name: string;
  /** From the table schema; null for a column known only from lineage. */
  type: string | null;
  description: string | null;
  /** True when the asset declares it (schema or lineage output); false for a column only other assets' lineage names. */
  declared: boolean;
  /** The upstream columns it is made of, in declaration order. */
  upstream: ColumnLink[];
  /** The downstream columns made from it. */
  downstream: ColumnLink[];
}

/** The columns and column lineage of one asset's metadata, found by entry type. */
export interface ColumnMetadata {
  columns: TableColumn[] | null;
  lineage: ColumnLineage | null;
}

type Metadata = Readonly<Record<string, MetadataValue>>;

function entryOfType<T extends MetadataValue["type"]>(
  metadata: Metadata | null | undefined,
  type: T,
  conventionalKey: string,
): Extract<MetadataValue, { type: T }> | null {
  if (!metadata) return null;
  const conventional = metadata[conventionalKey];
  if (conventional?.type === type) return conventional as Extract<MetadataValue, { type: T }>;
  for (const value of Object.values(metadata))
    if (value?.type === type) return value as Extract<MetadataValue, { type: T }>;
  return null;
}

/** The table schema and column lineage entries of one metadata record (either may be absent). Tolerates bad JSON. */
export function columnMetadataOf(metadata: Metadata | null | undefined): ColumnMetadata {
  const schema = entryOfType(metadata, TABLE_SCHEMA_TYPE, TABLE_SCHEMA_METADATA_KEY);
  const lineage = entryOfType(metadata, COLUMN_LINEAGE_TYPE, COLUMN_LINEAGE_METADATA_KEY);
  return {
    columns: schema ? validColumns(schema.value?.columns) : null,
    lineage: lineage ? validLineage(lineage.value) : null,
  };
}

/**
 * An asset's columns and lineage: each part from the latest materialization when it has one, else the definition.
 * (A materialization that records only a schema keeps the definition's lineage, and the other way round.)
 */
export function effectiveColumnMetadata(
  definitionMetadata: Metadata,
  latestMaterializationMetadata?: Metadata | null,
): ColumnMetadata {
  const declared = columnMetadataOf(definitionMetadata);
  const materialized = columnMetadataOf(latestMaterializationMetadata);
  return { columns: materialized.columns ?? declared.columns, lineage: materialized.lineage ?? declared.lineage };
}

/** Names of the columns an asset has: its schema's, then lineage outputs the schema leaves out. */
export function columnNamesOf(metadata: ColumnMetadata): string[] {
  const names = new Set((metadata.columns ?? []).map((column) => column.name));
  for (const name of Object.keys(metadata.lineage?.depsByColumn ?? {})) names.add(name);
  return [...names];
}

/** The column names an asset definition declares, for `column:` selections (definition metadata only). */
export function declaredColumnNames(node: Pick<AssetNodeSnapshot, "metadata">): string[] {
  return columnNamesOf(columnMetadataOf(node.metadata));
}

function validColumns(columns: unknown): TableColumn[] {
  if (!Array.isArray(columns)) return [];
  return columns.flatMap((column: unknown) => {
    const c = column as Partial<TableColumn> | null;
    if (typeof c?.name !== "string" || c.name === "") return [];
    return [
      {
        name: c.name,
        type: typeof c.type === "string" ? c.type : "",
        description: typeof c.description === "string" ? c.description : null,
      },
    ];
  });
}

function validLineage(value: unknown): ColumnLineage {
  const depsByColumn: Record<string, ColumnDependency[]> = {};
  const raw = (value as Partial<ColumnLineage> | null)?.depsByColumn;
  if (typeof raw !== "object" || raw === null) return { depsByColumn };
  for (const [column, deps] of Object.entries(raw)) {
    if (column === "") continue;
    depsByColumn[column] = (Array.isArray(deps) ? deps : []).flatMap((dep: unknown) => {
      const d = dep as Partial<ColumnDependency> | null;
      const key = d?.assetKey;
      if (!Array.isArray(key) || key.length === 0 || !key.every((s) => typeof s === "string")) return [];
      if (typeof d?.column !== "string" || d.column === "") return [];
      return [{ assetKey: key, column: d.column }];
    });
  }
  return { depsByColumn };
}

/** One column reached walking lineage from a start column, with the column one hop closer to the start. */
export interface ColumnPathStep extends ColumnRef {
  /** 1 for a direct upstream (or downstream) column, 2 for one of its, and so on. */
  depth: number;
  /** The column this one was reached from (the start column at depth 1). */
  via: ColumnRef;
}

export interface ColumnPath {
  steps: ColumnPathStep[];
  /** True when the walk stopped at the limit with columns left. */
  truncated: boolean;
}

export interface ColumnGraph {
  /** Key strings of every asset with columns of its own or named by lineage. */
  readonly assetKeys: readonly string[];
  /** An asset's columns: declared ones in schema order, then lineage outputs, then columns only others name. */
  columnsOf(assetKey: string): ColumnInfo[];
  column(assetKey: string, column: string): ColumnInfo | null;
  /** Every column a column is made of, breadth first (nearest first), each once; at most `limit` (default 500). */
  upstreamPath(assetKey: string, column: string, limit?: number): ColumnPath;
  /** Every column made from a column, breadth first, each once; at most `limit` (default 500). */
  downstreamPath(assetKey: string, column: string, limit?: number): ColumnPath;
}

export const DEFAULT_COLUMN_PATH_LIMIT = 500;

const refId = (assetKey: string, column: string) => `${assetKey}\u0000${column}`;

/**
 * The column graph of a set of assets: their definitions' columns and lineage, overridden per asset by its latest
 * materialization's (`latestMaterializationMetadata`, by key string, for the assets that have one).
 */
export function buildColumnGraph(
  nodes: readonly AssetNodeSnapshot[],
  latestMaterializationMetadata: ReadonlyMap<string, Metadata> = new Map(),
): ColumnGraph {
  const nodeByKey = new Map(nodes.map((node) => [toAssetKeyString(node.key), node]));
  const dependencies = new Map(
    nodes.map((node) => [toAssetKeyString(node.key), new Set(node.dependencyKeys.map(toAssetKeyString))]),
  );
  // Per asset: its columns by name, in order of first appearance.
  const columnsByAsset = new Map<string, Map<string, ColumnInfo>>();
  const declaredNames = new Map<string, Set<string>>();
  const columnOf = (assetKey: string, name: string): ColumnInfo => {
    let columns = columnsByAsset.get(assetKey);
    if (!columns) {
      columns = new Map();
      columnsByAsset.set(assetKey, columns);
    }
    let info = columns.get(name);
    if (!info) {
      info = { name, type: null, description: null, declared: false, upstream: [], downstream: [] };
      columns.set(name, info);
    }
    return info;
  };

  const lineages: [string, ColumnLineage][] = [];
  for (const [assetKey, node] of nodeByKey) {
    const metadata = effectiveColumnMetadata(node.metadata, latestMaterializationMetadata.get(assetKey));
    const names = columnNamesOf(metadata);
    if (names.length > 0) declaredNames.set(assetKey, new Set(names));
    for (const column of metadata.columns ?? []) {
      const info = columnOf(assetKey, column.name);
      info.declared = true;
      info.type = column.type;
      info.description = column.description ?? null;
    }
    for (const name of Object.keys(metadata.lineage?.depsByColumn ?? {})) columnOf(assetKey, name).declared = true;
    if (metadata.lineage) lineages.push([assetKey, metadata.lineage]);
  }

  const columnKnown = (assetKey: string, column: string): boolean | null => {
    const names = declaredNames.get(assetKey);
    return names ? names.has(column) : null;
  };
  const seenEdges = new Set<string>();
  for (const [assetKey, lineage] of lineages) {
    for (const [name, deps] of Object.entries(lineage.depsByColumn)) {
      const output = columnOf(assetKey, name);
      for (const dep of deps) {
        const upstreamKey = toAssetKeyString(dep.assetKey);
        const edge = `${refId(assetKey, name)}\u0001${refId(upstreamKey, dep.column)}`;
        if (seenEdges.has(edge)) continue;
        seenEdges.add(edge);
        const isDependency = dependencies.get(assetKey)?.has(upstreamKey) ?? false;
        output.upstream.push({
          assetKey: upstreamKey,
          column: dep.column,
          assetExists: nodeByKey.has(upstreamKey),
          isDependency,
          columnKnown: columnKnown(upstreamKey, dep.column),
        });
        columnOf(upstreamKey, dep.column).downstream.push({
          assetKey,
          column: name,
          assetExists: true,
          isDependency,
          columnKnown: true,
        });
      }
    }
  }

  const walk = (
    assetKey: string,
    column: string,
    next: (info: ColumnInfo) => readonly ColumnRef[],
    limit: number,
  ): ColumnPath => {
    const steps: ColumnPathStep[] = [];
    const seen = new Set([refId(assetKey, column)]);
    let frontier: ColumnRef[] = [{ assetKey, column }];
    for (let depth = 1; frontier.length > 0; depth++) {
      const following: ColumnRef[] = [];
      for (const from of frontier) {
        const info = columnsByAsset.get(from.assetKey)?.get(from.column);
        for (const to of info ? next(info) : []) {
          const id = refId(to.assetKey, to.column);
          if (seen.has(id)) continue;
          if (steps.length >= limit) return { steps, truncated: true };
          seen.add(id);
          steps.push({ assetKey: to.assetKey, column: to.column, depth, via: from });
          following.push({ assetKey: to.assetKey, column: to.column });
        }
      }
      frontier = following;
    }
    return { steps, truncated: false };
  };

  return {
    assetKeys: [...columnsByAsset.keys()],
    columnsOf: (assetKey) => [...(columnsByAsset.get(assetKey)?.values() ?? [])].sort(declaredFirst),
    column: (assetKey, column) => columnsByAsset.get(assetKey)?.get(column) ?? null,
    upstreamPath: (assetKey, column, limit = DEFAULT_COLUMN_PATH_LIMIT) =>
      walk(assetKey, column, (info) => info.upstream, limit),
    downstreamPath: (assetKey, column, limit = DEFAULT_COLUMN_PATH_LIMIT) =>
      walk(assetKey, column, (info) => info.downstream, limit),
  };
}

// Stable: keeps schema order, then lineage order, among declared columns; undeclared ones last.
function declaredFirst(a: ColumnInfo, b: ColumnInfo): number {
  return Number(b.declared) - Number(a.declared);
}
