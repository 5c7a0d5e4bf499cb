// Metadata helpers: typed values (url, path, markdown, …) and the conversion of plain JS values into typed ones.
import { tryParseAssetKey } from "../core/assetKey";
import type {
  ColumnDependency,
  ColumnLineage,
  MetadataValue as MetadataValueType,
  TableCellValue,
  TableColumn,
} from "../core/definitionsSnapshot";

export type MetadataValue = MetadataValueType;

/**
 * A metadata entry as users write it: a plain value (string → text, integer → int, other number → float,
 * boolean → bool, Date → timestamp, object/array/null → json) or a typed value made with `meta`.
 * Entries set to undefined are left out, so optional values can be written inline.
 */
export type MetadataInput = MetadataValue | string | number | boolean | Date | null | undefined | object;

// Typed values are recognised by identity rather than shape, so a user's plain `{ type, value }` object stays json.
const typedValues = new WeakSet<object>();

function typed(value: MetadataValue): MetadataValue {
  const frozen = Object.freeze(value);
  typedValues.add(frozen);
  return frozen;
}

// Typed values built from invalid input carry their problems here; converting one reports them (naming the asset).
const problemsOfValues = new WeakMap<object, string[]>();

/**
 * The upstream asset of a column dependency: an asset definition, or its key ("raw/users" or ["raw", "users"]).
 * Any object with a `key` path fits, so definitions from asset() and externalAsset() are accepted as they are.
 */
export type ColumnLineageAsset = { readonly key: readonly string[] } | string | readonly string[];

/** One upstream column an output column reads, as written in meta.columnLineage. */
export interface ColumnDependencyInput {
  asset: ColumnLineageAsset;
  column: string;
}

/** Builders for typed metadata values, e.g. `meta.url("https://…")`. */
export const meta = {
  /** @example meta.text("Deduplicated on event_id") */
  text: (value: string): MetadataValue => typed({ type: "text", value }),
  /** @example meta.int(2000) */
  int: (value: number): MetadataValue => {
    if (!Number.isSafeInteger(value)) throw new TypeError(`meta.int(${value}): expected a safe integer.`);
    return typed({ type: "int", value });
  },
  /** @example meta.float(0.95) */
  float: (value: number): MetadataValue => {
    if (!Number.isFinite(value)) throw new TypeError(`meta.float(${value}): expected a finite number.`);
    return typed({ type: "float", value });
  },
  /** @example meta.bool(true) */
  bool: (value: boolean): MetadataValue => typed({ type: "bool", value }),
  /** @example meta.url("https://dashboards.example.com/dau") */
  url: (value: string): MetadataValue => typed({ type: "url", value }),
  /** @example meta.path("s3://warehouse/fact_events/") */
  path: (value: string): MetadataValue => typed({ type: "path", value }),
  /** @example meta.markdown("**Owner:** data engineering") */
  markdown: (value: string): MetadataValue => typed({ type: "markdown", value }),
  /** @example meta.json({ columns: ["user_id", "day"] }) */
  json: (value: unknown): MetadataValue => {
    try {
      return typed({ type: "json", value: toJson(value) });
    } catch (error) {
      throw new TypeError(`meta.json(…): the value ${error instanceof Error ? error.message : String(error)}`);
    }
  },
  /** @example meta.timestamp(new Date("2024-01-01T00:00:00Z")) */
  timestamp: (value: Date | string | number): MetadataValue => {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) throw new TypeError(`meta.timestamp(${String(value)}): expected a valid date.`);
    return typed({ type: "timestamp", value: date.toISOString() });
  },
  /**
   * The columns of a table-shaped asset, shown as a schema in the catalog.
   * @example meta.tableSchema([{ name: "user_id", type: "int" }, { name: "day", type: "date", description: "UTC" }])
   */
  tableSchema: (columns: readonly TableColumn[]): MetadataValue =>
    typed({ type: "table_schema", value: { columns: toColumns("meta.tableSchema", columns) } }),
  /**
   * Where each of the asset's columns comes from: output column name → the upstream columns it is made of. Each
   * upstream asset must be an upstream of the asset (in `ins` or `deps`). Shown in the asset page's Columns tab, and
   * `column:user_id` selects the assets with that column. Declare it in the asset's `metadata` (usually next to a
   * `schema: meta.tableSchema(…)`), or record it per materialization with ctx.addOutputMetadata.
   * @example
   * metadata: {
   *   schema: meta.tableSchema([{ name: "user_id", type: "int" }, { name: "country", type: "string" }]),
   *   column_lineage: meta.columnLineage({
   *     user_id: [{ asset: rawEvents, column: "userId" }],
   *     country: [{ asset: "crm/user_profiles", column: "country" }],
   *   }),
   * }
   */
  columnLineage: (depsByColumn: Readonly<Record<string, readonly ColumnDependencyInput[]>>): MetadataValue => {
    const { lineage, problems } = toColumnLineage(depsByColumn);
    const value = typed({ type: "column_lineage", value: lineage });
    if (problems.length > 0) problemsOfValues.set(value, problems);
    return value;
  },
  /**
   * A few rows of the data, shown as a table. Cells must be strings, numbers, booleans or null; other values are
   * printed as JSON text so the preview always renders. Keeps the first `limit` records (default 10).
   * @example meta.tablePreview(rows.slice(0, 5), { columns: [{ name: "day", type: "date" }] })
   */
  tablePreview: (
    records: readonly Readonly<Record<string, unknown>>[],
    options: { columns?: readonly TableColumn[]; limit?: number } = {},
  ): MetadataValue => {
    const limit = options.limit ?? 10;
    if (!Number.isSafeInteger(limit) || limit < 0)
      throw new TypeError(`meta.tablePreview(…): limit must be a non-negative integer, got ${limit}.`);
    if (!Array.isArray(records)) throw new TypeError("meta.tablePreview(…): expected an array of records.");
    const rows = records
      .slice(0, limit)
      .map((record) => Object.fromEntries(Object.entries(record).map(([name, cell]) => [name, toCell(cell)])));
    const columns = options.columns ? toColumns("meta.tablePreview", options.columns) : null;
    return typed({ type: "table_preview", value: { columns, records: rows } });
  },
};

function toColumns(caller: string, columns: readonly TableColumn[]): TableColumn[] {
  if (!Array.isArray(columns))
    throw new TypeError(`${caller}(…): expected an array of columns such as { name: "user_id", type: "int" }.`);
  return columns.map((column, index) => {
    if (typeof column?.name !== "string" || column.name === "" || typeof column.type !== "string") {
      throw new TypeError(
        `${caller}(…): column ${index} needs a non-empty string name and a string type, e.g. { name: "user_id", type: "int" }.`,
      );
    }
    return column.description === undefined
      ? { name: column.name, type: column.type }
      : { name: column.name, type: column.type, description: column.description };
  });
}

const COLUMN_LINEAGE_EXAMPLE = '{ user_id: [{ asset: rawUsers, column: "id" }] }';

/** Validates every column and dependency, collecting a problem for each bad one (which is left out). */
function toColumnLineage(input: unknown): { lineage: ColumnLineage; problems: string[] } {
  const depsByColumn: Record<string, ColumnDependency[]> = {};
  const problems: string[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    problems.push(`expects an object of output columns, e.g. meta.columnLineage(${COLUMN_LINEAGE_EXAMPLE}).`);
    return { lineage: { depsByColumn }, problems };
  }
  for (const [column, deps] of Object.entries(input)) {
    const label = `column ${JSON.stringify(column)}`;
    if (column.trim() === "") {
      problems.push("has an output column with an empty name; name each column as it appears in the table.");
      continue;
    }
    if (!Array.isArray(deps)) {
      problems.push(
        `${label} must list its upstream columns in an array, e.g. ${JSON.stringify(column)}: [{ asset: rawUsers, column: "id" }] ([] when it reads none).`,
      );
      continue;
    }
    const valid: ColumnDependency[] = [];
    deps.forEach((dep: unknown, index: number) => {
      const where = `${label}, dependency ${index}`;
      const { asset, column: upstreamColumn } = (dep ?? {}) as Partial<ColumnDependencyInput>;
      if (typeof dep !== "object" || dep === null) {
        problems.push(
          `${where} is ${dep === null ? "null" : `a ${typeof dep}`}; write { asset: rawUsers, column: "id" }.`,
        );
        return;
      }
      const key = assetKeyOf(asset);
      if (!key.ok) problems.push(`${where} ${key.message}`);
      if (typeof upstreamColumn !== "string" || upstreamColumn.trim() === "") {
        problems.push(`${where} needs the upstream column's name, e.g. { asset: …, column: "id" }.`);
        return;
      }
      if (key.ok) valid.push({ assetKey: key.path, column: upstreamColumn });
    });
    depsByColumn[column] = valid;
  }
  return { lineage: { depsByColumn }, problems };
}

function assetKeyOf(asset: unknown): { ok: true; path: string[] } | { ok: false; message: string } {
  const fix =
    'pass the upstream asset definition or its key, e.g. { asset: rawUsers, column: "id" } or { asset: "raw/users", column: "id" }.';
  if (asset === undefined || asset === null) return { ok: false, message: `has no asset; ${fix}` };
  const key =
    typeof asset === "object" && !Array.isArray(asset) ? (asset as { key?: unknown }).key : (asset as unknown);
  if (typeof key !== "string" && !(Array.isArray(key) && key.every((segment) => typeof segment === "string")))
    return { ok: false, message: `names an asset that is neither an asset definition nor a key; ${fix}` };
  const parsed = tryParseAssetKey(key as string | string[]);
  return parsed.ok ? parsed : { ok: false, message: `names an invalid asset: ${parsed.message}` };
}

function toCell(value: unknown): TableCellValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value === undefined) return null;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Dagster's name for the same builders, for people coming from there. */
export const MetadataValue = meta;

export type MetadataConversion = { values: Record<string, MetadataValue>; problems: string[] };

/** Converts every entry, collecting a problem per entry that cannot be stored (functions, NaN, bigint, cycles). */
export function toMetadataValues(input: Readonly<Record<string, MetadataInput>> | undefined): MetadataConversion {
  const values: Record<string, MetadataValue> = {};
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(input ?? {})) {
    if (raw === undefined) continue;
    const invalid = typeof raw === "object" && raw !== null ? problemsOfValues.get(raw) : undefined;
    if (invalid) {
      problems.push(...invalid.map((problem) => `metadata "${name}" (meta.columnLineage): ${problem}`));
      continue;
    }
    try {
      values[name] = toMetadataValue(raw);
    } catch (error) {
      problems.push(`metadata "${name}" ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { values, problems };
}

function toMetadataValue(raw: Exclude<MetadataInput, undefined>): MetadataValue {
  if (typeof raw === "object" && raw !== null && typedValues.has(raw)) {
    const { type, value } = raw as MetadataValue;
    return { type, value } as MetadataValue;
  }
  switch (typeof raw) {
    case "string":
      return { type: "text", value: raw };
    case "boolean":
      return { type: "bool", value: raw };
    case "number":
      if (!Number.isFinite(raw)) throw new Error(`is ${raw}, which cannot be stored; use a finite number or a string.`);
      return Number.isInteger(raw) ? { type: "int", value: raw } : { type: "float", value: raw };
    case "object":
      if (raw instanceof Date) {
        if (Number.isNaN(raw.getTime())) throw new Error("is an invalid Date.");
        return { type: "timestamp", value: raw.toISOString() };
      }
      return { type: "json", value: toJson(raw) };
    default:
      throw new Error(`is a ${typeof raw}, which cannot be stored; use a string, number, boolean, Date or JSON value.`);
  }
}

/** A plain JSON copy, so later mutation of the user's object cannot change what was recorded. */
function toJson(value: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new Error(`is not JSON-serializable (${error instanceof Error ? error.message : String(error)}).`);
  }
  return text === undefined ? null : (JSON.parse(text) as unknown);
}
