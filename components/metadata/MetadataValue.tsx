"use client";
// One metadata value, drawn by its type: the single renderer behind every place the console shows metadata.
import { useState } from "react";
import { ColumnRefLink } from "../assets/columns/columnLinks";
import { cx } from "../ui/cx";
import { formatAbsoluteTime } from "../ui/formatTime";
import { ChevronRightIcon } from "../ui/icons";
import { tableHeadClass } from "../ui/table";
import { JsonTree } from "./JsonTree";
import { MarkdownText } from "./MarkdownText";
import {
  fitsOnOneLine,
  foldedSummary,
  formatCell,
  formatMetadataNumber,
  parseColumnLineage,
  parseJson,
  parseTablePreview,
  parseTableSchema,
  safeHttpUrl,
} from "./metadataValues";

/** A metadata entry as the client receives it: structured values arrive as JSON text. */
export interface MetadataEntryValue {
  label: string;
  type: string;
  value: string;
}

export function MetadataValue({ entry }: { entry: MetadataEntryValue }) {
  const { type, value, label } = entry;
  switch (type) {
    case "url": {
      const href = safeHttpUrl(value);
      return href ? (
        <a
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          className="break-all text-accent-700 underline decoration-accent-200 underline-offset-2 hover:decoration-accent-500"
        >
          {value}
        </a>
      ) : (
        <span className="break-all">{value}</span>
      );
    }
    case "path":
      return <span className="font-mono text-xs break-all">{value}</span>;
    case "int":
    case "float":
      return (
        <span className="font-mono text-xs tabular-nums" title={value}>
          {formatMetadataNumber(value)}
        </span>
      );
    case "bool":
      return <span className="font-mono text-xs">{value}</span>;
    case "timestamp":
      return (
        <time dateTime={value} title={value} className="tabular-nums">
          {formatAbsoluteTime(value)}
        </time>
      );
    case "markdown":
      return <MarkdownText text={value} />;
    case "table_schema": {
      const columns = parseTableSchema(value);
      return columns ? <TableSchema label={label} columns={columns} /> : <JsonValue label={label} value={value} />;
    }
    case "table_preview": {
      const preview = parseTablePreview(value);
      return preview ? <TablePreview label={label} preview={preview} /> : <JsonValue label={label} value={value} />;
    }
    case "column_lineage": {
      const lineage = parseColumnLineage(value);
      return lineage ? <ColumnLineage label={label} lineage={lineage} /> : <JsonValue label={label} value={value} />;
    }
    case "json":
      return <JsonValue label={label} value={value} />;
    default:
      return <span className="break-words whitespace-pre-wrap">{value}</span>;
  }
}

/**
 * The value on one line when it fits there; otherwise its summary (e.g. "Table schema · 7 columns") with a button
 * that unfolds the full rendering. For crowded places such as the Events tab's metadata column.
 */
export function CompactMetadataValue({ entry }: { entry: MetadataEntryValue }) {
  const [open, setOpen] = useState(false);
  if (fitsOnOneLine(entry.type, entry.value)) return <MetadataValue entry={entry} />;
  return (
    <span className="inline-flex max-w-full min-w-0 flex-col items-start">
      <button
        type="button"
        aria-expanded={open}
        aria-label={`${open ? "Collapse" : "Expand"} ${entry.label}`}
        onClick={() => setOpen(!open)}
        className="inline-flex max-w-full min-w-0 items-center gap-1 rounded text-left text-neutral-700 hover:text-neutral-950"
      >
        <ChevronRightIcon size={12} className={cx("shrink-0 text-neutral-400", open && "rotate-90")} />
        <span className="truncate">{foldedSummary(entry.type, entry.value)}</span>
      </button>
      {open && (
        <span className="mt-1 block w-full min-w-0">
          <MetadataValue entry={entry} />
        </span>
      )}
    </span>
  );
}

function JsonValue({ label, value }: { label: string; value: string }) {
  const parsed = parseJson(value);
  if (!parsed.ok) return <span className="break-words whitespace-pre-wrap">{value}</span>;
  return <JsonTree label={label} value={parsed.value} />;
}

const cellClass = "border-b border-neutral-100 px-2 py-1 align-top";

function TableSchema({ label, columns }: { label: string; columns: ReturnType<typeof parseTableSchema> & {} }) {
  return (
    <div className="overflow-x-auto rounded ring-1 ring-neutral-200">
      <table aria-label={label} className="w-full text-left text-[12px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="px-2 py-1">
              Column
            </th>
            <th scope="col" className="px-2 py-1">
              Type
            </th>
            <th scope="col" className="px-2 py-1">
              Description
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.name} className="last:[&>*]:border-b-0">
              <th scope="row" className={cx(cellClass, "font-mono font-medium text-neutral-900")}>
                {column.name}
              </th>
              <td className={cx(cellClass, "font-mono text-neutral-600")}>{column.type}</td>
              <td className={cx(cellClass, "text-neutral-600")}>{column.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TablePreview({
  label,
  preview,
}: {
  label: string;
  preview: NonNullable<ReturnType<typeof parseTablePreview>>;
}) {
  if (preview.columns.length === 0) return <span className="text-neutral-500">No rows.</span>;
  return (
    <div className="min-w-0">
      {/* Focusable so the rows can be scrolled from the keyboard. */}
      <div
        role="region"
        aria-label={`${label} rows`}
        tabIndex={0}
        className="max-h-80 w-fit max-w-full overflow-auto rounded ring-1 ring-neutral-200 focus-visible:outline-2 focus-visible:outline-accent-500"
      >
        <table aria-label={label} className="text-left text-[12px] whitespace-nowrap">
          <thead className={cx(tableHeadClass, "sticky top-0")}>
            <tr>
              {preview.columns.map((column) => (
                <th key={column.name} scope="col" className="px-2 py-1" title={column.description ?? undefined}>
                  <span className="normal-case">{column.name}</span>
                  {column.type && <span className="ml-1 font-normal text-neutral-500 normal-case">{column.type}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="font-mono text-neutral-800">
            {preview.rows.map((row, i) => (
              // Preview rows have no identity of their own; their position is it.
              <tr key={i}>
                {preview.columns.map((column) => (
                  <td key={column.name} className={cellClass}>
                    {formatCell(row[column.name])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-[11px] text-neutral-500">
        {preview.rows.length < preview.total
          ? `Showing the first ${preview.rows.length} of ${preview.total.toLocaleString("en-US")} rows`
          : `${preview.total.toLocaleString("en-US")} row${preview.total === 1 ? "" : "s"}`}
      </p>
    </div>
  );
}

function ColumnLineage({
  label,
  lineage,
}: {
  label: string;
  lineage: NonNullable<ReturnType<typeof parseColumnLineage>>;
}) {
  return (
    <ul aria-label={label} className="space-y-0.5 text-[12px]">
      {lineage.map(({ column, deps }) => (
        <li key={column} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
          <span className="font-mono font-medium text-neutral-900">{column}</span>
          <span aria-hidden="true" className="text-neutral-500">
            ←
          </span>
          <span className="sr-only">comes from</span>
          {deps.length === 0 ? (
            <span className="text-neutral-500">nothing upstream</span>
          ) : (
            deps.map((dep, i) => (
              <span key={`${dep.assetKey.join("/")}.${dep.column}`} className="inline-flex min-w-0">
                <ColumnRefLink path={dep.assetKey} column={dep.column} />
                {i < deps.length - 1 && <span className="text-neutral-500">,</span>}
              </span>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}
