// The console's list table: a bordered card with the shared header look, one row per item, and columns that say
// what each cell shows. Runs, backfills, a backfill's runs, schedules and sensors are all this table.
import type { ReactNode } from "react";
import { cx } from "./cx";
import { tableHeadClass } from "./table";

export interface Column<T> {
  header: ReactNode;
  /** Width classes for the header cell, e.g. "w-28"; a column without one takes the room left. */
  width?: string;
  align?: "right";
  /** Classes for the body cells (text color, truncation, `max-w-0` for cells that truncate). */
  cellClassName?: string;
  /** The cell's title (a tooltip), for values that may be cut off. */
  title?: (row: T) => string | undefined;
  cell: (row: T) => ReactNode;
}

interface Props<T> {
  /** The table's accessible name ("Runs"). */
  label: string;
  /** A Tailwind min-width class, so wide tables scroll instead of squeezing. */
  minWidth: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Vertical padding of the body cells. */
  density?: "compact" | "regular" | "roomy";
  /** Vertical alignment of the body cells. */
  valign?: "top" | "middle";
}

const cellPadding = { compact: "py-2", regular: "py-2.5", roomy: "py-3" };

export function DataTable<T>({ label, minWidth, columns, rows, rowKey, density = "regular", valign }: Props<T>) {
  // The first and last columns keep the card's inner margin; the others sit closer together.
  const px = (i: number) => (i === 0 || i === columns.length - 1 ? "px-4" : "px-3");
  const align = (column: Column<T>) => (column.align === "right" ? "text-right" : undefined);
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label={label} className={cx("w-full text-left text-[13px]", minWidth)}>
        <thead className={tableHeadClass}>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cx(column.width, px(i), "py-2", align(column))}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={cx(
                "border-b border-neutral-100 last:border-b-0 hover:bg-neutral-50",
                valign === "top" && "align-top",
                valign === "middle" && "align-middle",
              )}
            >
              {columns.map((column, i) => (
                <td
                  key={i}
                  className={cx(px(i), cellPadding[density], align(column), column.cellClassName)}
                  title={column.title?.(row)}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
