// The console's list table: a bordered card with the shared header look, one row per item, and columns that say
// what each cell shows. Runs, backfills, jobs, schedules, sensors, ticks, users, tokens and the audit log are all
// this table; a table whose rows keep their own state (a mutation, an error under the row) draws its rows itself.
import { Fragment, type ReactNode } from "react";
import { cx } from "./cx";
import { tableHeadClass } from "./table";

type Density = "compact" | "regular" | "roomy";

/** A column's header cell: enough for a table that draws its own rows. */
export interface ColumnHead {
  header: ReactNode;
  /** Width classes for the header cell, e.g. "w-28"; a column without one takes the room left. */
  width?: string;
  align?: "right";
  /** More classes for the header cell, e.g. "whitespace-nowrap". */
  headerClassName?: string;
  /** Keep the card's inner margin (px-4) though the column is neither first nor last. */
  gutter?: "wide";
}

export interface Column<T> extends ColumnHead {
  /** Classes for the body cells (text color, truncation, `max-w-0` for cells that truncate). */
  cellClassName?: string;
  /** Vertical padding of this column's cells, where it differs from the table's. */
  density?: Density;
  /** The cell's title (a tooltip), for values that may be cut off. */
  title?: (row: T) => string | undefined;
  cell: (row: T) => ReactNode;
}

interface Frame<T> {
  /** The table's accessible name ("Runs"). */
  label: string;
  /** A Tailwind min-width class, so wide tables scroll instead of squeezing. */
  minWidth?: string;
  /** Column widths from the header alone (`table-fixed`), so long values truncate instead of widening the table. */
  fixed?: boolean;
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** Vertical padding of the header cells. */
  headDensity?: "compact" | "regular";
  /** "wide": every column keeps the card's inner margin (px-4), not only the first and last. */
  gutters?: "narrow" | "wide";
}

interface ColumnRows<T> extends Frame<T> {
  columns: readonly Column<T>[];
  /** Vertical padding of the body cells. */
  density?: Density;
  /** Vertical alignment of the body cells. */
  valign?: "top" | "middle";
  renderRow?: undefined;
}

interface OwnRows<T> extends Frame<T> {
  columns: readonly ColumnHead[];
  /** Draws one item's `<tr>` (and any row under it); the columns then give only the header. */
  renderRow: (row: T) => ReactNode;
}

const cellPadding: Record<Density, string> = { compact: "py-2", regular: "py-2.5", roomy: "py-3" };

export function DataTable<T>(props: ColumnRows<T> | OwnRows<T>) {
  const { label, minWidth, fixed, columns, rows, rowKey, headDensity = "compact", gutters = "narrow" } = props;
  // The first and last columns keep the card's inner margin; the others sit closer together.
  const px = (column: ColumnHead, i: number) =>
    gutters === "wide" || column.gutter === "wide" || i === 0 || i === columns.length - 1 ? "px-4" : "px-3";
  const align = (column: ColumnHead) => (column.align === "right" ? "text-right" : undefined);
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label={label} className={cx("w-full text-left text-[13px]", minWidth, fixed && "table-fixed")}>
        <thead className={tableHeadClass}>
          <tr>
            {columns.map((column, i) => (
              <th
                key={i}
                scope="col"
                className={cx(
                  column.width,
                  px(column, i),
                  cellPadding[headDensity],
                  align(column),
                  column.headerClassName,
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.renderRow
            ? rows.map((row, i) => <Fragment key={rowKey(row, i)}>{props.renderRow?.(row)}</Fragment>)
            : rows.map((row, i) => <ColumnRow key={rowKey(row, i)} row={row} table={props} px={px} align={align} />)}
        </tbody>
      </table>
    </div>
  );
}

function ColumnRow<T>({
  row,
  table,
  px,
  align,
}: {
  row: T;
  table: ColumnRows<T>;
  px: (column: ColumnHead, i: number) => string;
  align: (column: ColumnHead) => string | undefined;
}) {
  return (
    <tr
      className={cx(
        "border-b border-neutral-100 last:border-b-0 hover:bg-neutral-50",
        table.valign === "top" && "align-top",
        table.valign === "middle" && "align-middle",
      )}
    >
      {table.columns.map((column, i) => (
        <td
          key={i}
          className={cx(
            px(column, i),
            cellPadding[column.density ?? table.density ?? "regular"],
            align(column),
            column.cellClassName,
          )}
          title={column.title?.(row)}
        >
          {column.cell(row)}
        </td>
      ))}
    </tr>
  );
}
