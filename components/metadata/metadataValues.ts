// The pure decisions behind rendering a metadata entry: which links are safe, how a preview's columns are found,
// how numbers read, and what a long value shows when folded to one line.
import type { ColumnDependency, TableCellValue, TableColumn } from "../../lib/core/definitionsSnapshot";

/** A table preview shows at most this many rows; the rest are counted, not rendered. */
export const PREVIEW_ROW_LIMIT = 50;

/** Text longer than this (or with a line break) is folded to one line in compact views such as the Events tab. */
export const COMPACT_TEXT_LIMIT = 80;

/**
 * The URL itself when it is an absolute http(s) URL, else null. Metadata and descriptions come from user code and
 * from reports, so a `javascript:` or `data:` URL must never become a clickable link.
 */
export function safeHttpUrl(raw: string): string | null {
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

/** Structured values reach the client as JSON text; a value that is not JSON stays text. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function asColumns(value: unknown): TableColumn[] | null {
  if (!Array.isArray(value)) return null;
  const columns: TableColumn[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.name !== "string") return null;
    columns.push({
      name: item.name,
      type: typeof item.type === "string" ? item.type : "",
      description: typeof item.description === "string" ? item.description : null,
    });
  }
  return columns;
}

/** A table_schema value's columns, or null when the text is not shaped like one. */
export function parseTableSchema(text: string): TableColumn[] | null {
  const parsed = parseJson(text);
  return parsed.ok && isRecord(parsed.value) ? asColumns(parsed.value.columns) : null;
}

export interface TablePreview {
  columns: TableColumn[];
  /** The rows shown: the first PREVIEW_ROW_LIMIT records. */
  rows: Record<string, TableCellValue>[];
  /** How many records the preview holds in all. */
  total: number;
}

/** A table_preview value ready to draw, or null when the text is not shaped like one. */
export function parseTablePreview(text: string): TablePreview | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value) || !Array.isArray(parsed.value.records)) return null;
  const records = parsed.value.records.filter(isRecord) as Record<string, TableCellValue>[];
  const declared = parsed.value.columns === null ? null : asColumns(parsed.value.columns);
  return {
    columns: previewColumns(declared, records),
    rows: records.slice(0, PREVIEW_ROW_LIMIT),
    total: records.length,
  };
}

/**
 * The columns of a preview: the declared schema when it names any, else every key the records use, in the order
 * they first appear (so a key only later rows carry still gets a column).
 */
export function previewColumns(
  declared: readonly TableColumn[] | null,
  records: readonly Record<string, unknown>[],
): TableColumn[] {
  if (declared && declared.length > 0) return [...declared];
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names].map((name) => ({ name, type: "", description: null }));
}

/** A preview cell as text: null shows as a dash, everything else as it is. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Each output column with the upstream columns it reads, in the order the lineage lists them. */
export function parseColumnLineage(text: string): Array<{ column: string; deps: ColumnDependency[] }> | null {
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value) || !isRecord(parsed.value.depsByColumn)) return null;
  const rows: Array<{ column: string; deps: ColumnDependency[] }> = [];
  for (const [column, deps] of Object.entries(parsed.value.depsByColumn)) {
    if (!Array.isArray(deps)) return null;
    const valid = deps.filter(
      (dep): dep is ColumnDependency =>
        isRecord(dep) &&
        typeof dep.column === "string" &&
        Array.isArray(dep.assetKey) &&
        dep.assetKey.every((part) => typeof part === "string"),
    );
    rows.push({ column, deps: valid });
  }
  return rows;
}

/** An int or float with the reader's digit grouping; text that is not a number is returned as it is. */
export function formatMetadataNumber(text: string, locale?: string): string {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return text;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

/** The types whose value needs more room than one line: always folded in compact views. */
const WIDE_TYPES = new Set(["json", "table_schema", "table_preview", "column_lineage", "markdown"]);

/** Whether a value of this type is drawn as a block (a table, a tree, Markdown) rather than a line of text. */
export function isWideType(type: string): boolean {
  return WIDE_TYPES.has(type);
}

/** Whether a compact view (the Events tab) shows the value in full on its line, or folds it behind an expand control. */
export function fitsOnOneLine(type: string, value: string): boolean {
  if (isWideType(type)) return false;
  return value.length <= COMPACT_TEXT_LIMIT && !value.includes("\n");
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** What a folded value says on its one line, e.g. "Table schema · 7 columns" or "List · 3 items". */
export function foldedSummary(type: string, value: string): string {
  switch (type) {
    case "table_schema": {
      const columns = parseTableSchema(value);
      return columns ? `Table schema · ${plural(columns.length, "column")}` : "Table schema";
    }
    case "table_preview": {
      const preview = parseTablePreview(value);
      return preview ? `Table preview · ${plural(preview.total, "row")}` : "Table preview";
    }
    case "column_lineage": {
      const lineage = parseColumnLineage(value);
      return lineage ? `Column lineage · ${plural(lineage.length, "column")}` : "Column lineage";
    }
    case "json": {
      const parsed = parseJson(value);
      if (parsed.ok && Array.isArray(parsed.value)) return `List · ${plural(parsed.value.length, "item")}`;
      if (parsed.ok && isRecord(parsed.value)) return `Object · ${plural(Object.keys(parsed.value).length, "key")}`;
      return oneLine(value);
    }
    case "markdown":
      // A heading's marker says nothing on one line; its words do.
      return oneLine(value.replace(/^\s{0,3}#{1,6}\s+/gm, ""));
    default:
      return oneLine(value);
  }
}

/** The first non-empty line, cut to COMPACT_TEXT_LIMIT characters (Markdown markers left as they are). */
export function oneLine(text: string): string {
  const first =
    text
      .split("\n")
      .map((line) => line.trim())
      .find((line) => line !== "") ?? "";
  return first.length > COMPACT_TEXT_LIMIT ? `${first.slice(0, COMPACT_TEXT_LIMIT - 1)}…` : first;
}
