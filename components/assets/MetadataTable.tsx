// Metadata entries as a label/value table, each value drawn by its type (components/metadata/MetadataValue.tsx).
import { graphql } from "../../graphql/client/generated";
import type { MetadataEntryFieldsFragment } from "../../graphql/client/generated/graphql";
import { MetadataValue } from "../metadata/MetadataValue";
import { isWideType } from "../metadata/metadataValues";
import { cx } from "../ui/cx";

export type MetadataEntry = MetadataEntryFieldsFragment;

graphql(`
  fragment MetadataEntryFields on MetadataEntry {
    label
    type
    value
  }
`);

/**
 * `columns` puts labels in a column beside their values (asset pages); `stacked`, for narrow panels, gives a wide
 * value (a table, Markdown, a JSON tree) the full width under its label.
 */
export function MetadataTable({
  entries,
  layout = "columns",
}: {
  entries: readonly MetadataEntry[];
  layout?: "columns" | "stacked";
}) {
  if (entries.length === 0) return <p className="text-[13px] text-neutral-500">No metadata.</p>;
  if (layout === "stacked")
    return (
      <dl className="divide-y divide-neutral-100 text-[13px]">
        {entries.map((entry) => (
          <div
            key={entry.label}
            className={cx("py-1.5", isWideType(entry.type) ? "space-y-1" : "grid grid-cols-[7rem_minmax(0,1fr)] gap-3")}
          >
            <dt className="break-words text-neutral-500">{entry.label}</dt>
            <dd className="min-w-0 text-neutral-900">
              <MetadataValue entry={entry} />
            </dd>
          </div>
        ))}
      </dl>
    );
  return (
    <table className="w-full table-fixed text-left text-[13px]">
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.label} className="border-b border-neutral-100 align-top last:border-b-0">
            <th scope="row" className="w-40 py-1.5 pr-3 font-normal text-neutral-500">
              <span className="break-words">{entry.label}</span>
            </th>
            <td className="min-w-0 py-1.5 text-neutral-900">
              <MetadataValue entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
