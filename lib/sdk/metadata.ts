// Metadata helpers: typed values (url, path, markdown, …) and the conversion of plain JS values into typed ones.
import type { MetadataValue as MetadataValueType, TableCellValue, TableColumn } from "../core/definitionsSnapshot";

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
