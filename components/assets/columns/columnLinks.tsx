// Links for columns: an asset's Columns tab with a column selected, and the lineage graph narrowed by `column:`.
import Link from "next/link";
import { printSelection } from "../../../lib/core/selection";
import { cx } from "../../ui/cx";
import { assetPageHref } from "../assetLinks";

/** The asset page's Columns tab with a column selected, e.g. /assets/fact_events?tab=columns&column=userId. */
export function assetColumnHref(path: readonly string[], column: string): string {
  return `${assetPageHref(path, "columns")}&column=${encodeURIComponent(column)}`;
}

/** The lineage graph narrowed to the assets with a column of this name (or matching this glob). */
export function columnSelectionHref(column: string): string {
  const selection = printSelection({ type: "attribute", attribute: "column", value: column });
  return `/lineage?selection=${encodeURIComponent(selection)}`;
}

/** `asset.column`, linking to that asset's Columns tab with the column selected. */
export function ColumnRefLink({
  path,
  column,
  className,
}: {
  path: readonly string[];
  column: string;
  className?: string;
}) {
  const key = path.join("/");
  return (
    <Link
      href={assetColumnHref(path, column)}
      className={cx("min-w-0 truncate font-mono text-[12px] hover:underline", className)}
      title={`${key}.${column}`}
    >
      <span className="text-neutral-500">{key}</span>
      <span className="text-neutral-500">.</span>
      <span className="font-medium text-neutral-900">{column}</span>
    </Link>
  );
}
