// An asset's metadata entries as a label/value table; JSON values are pretty-printed, URLs are links.
import { graphql } from "../../graphql/client/generated";
import type { MetadataEntryFieldsFragment } from "../../graphql/client/generated/graphql";

export type MetadataEntry = MetadataEntryFieldsFragment;

graphql(`
  fragment MetadataEntryFields on MetadataEntry {
    label
    type
    value
  }
`);

export function MetadataTable({ entries }: { entries: readonly MetadataEntry[] }) {
  if (entries.length === 0) return <p className="text-[13px] text-neutral-500">No metadata.</p>;
  return (
    <table className="w-full table-fixed text-left text-[13px]">
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.label} className="border-b border-neutral-100 align-top last:border-b-0">
            <th scope="row" className="w-40 py-1.5 pr-3 font-normal text-neutral-500">
              <span className="break-words">{entry.label}</span>
            </th>
            <td className="py-1.5 text-neutral-900">
              <MetadataValue entry={entry} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MetadataValue({ entry }: { entry: MetadataEntry }) {
  switch (entry.type) {
    case "url":
      return (
        <a
          href={entry.value}
          target="_blank"
          rel="noreferrer"
          className="break-all text-accent-700 underline decoration-accent-200 underline-offset-2 hover:decoration-accent-500"
        >
          {entry.value}
        </a>
      );
    case "json":
    case "table_schema":
    case "table_preview":
      return (
        // Focusable so a keyboard can scroll what overflows.
        <pre
          tabIndex={0}
          className="max-h-48 overflow-auto rounded bg-neutral-50 p-2 font-mono text-[11.5px] leading-4 text-neutral-700 ring-1 ring-neutral-200"
        >
          {prettyJson(entry.value)}
        </pre>
      );
    case "path":
    case "int":
    case "float":
      return <span className="font-mono text-xs break-all tabular-nums">{entry.value}</span>;
    case "bool":
      return <span className="font-mono text-xs">{entry.value}</span>;
    default:
      return <span className="break-words whitespace-pre-wrap">{entry.value}</span>;
  }
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
