// A list of related asset keys (upstream or downstream); each entry is a link or a button, as the caller needs.
import Link from "next/link";
import { graphql } from "../../graphql/client/generated";
import type { AssetKeyFieldsFragment } from "../../graphql/client/generated/graphql";
import { AssetKeyLabel } from "./AssetKeyLabel";
import { assetPageHref } from "./assetLinks";

/** An asset key as every list, table and link reads it. */
export type AssetKey = AssetKeyFieldsFragment;

graphql(`
  fragment AssetKeyFields on AssetKey {
    path
  }
`);

export function AssetKeyList({
  keys,
  label,
  emptyText,
  onSelect,
}: {
  keys: readonly AssetKey[];
  /** Accessible name of the list, e.g. "Upstream assets". */
  label: string;
  emptyText: string;
  /** When given, entries are buttons calling it (select in graph); otherwise links to the asset page. */
  onSelect?: (path: readonly string[]) => void;
}) {
  if (keys.length === 0) return <p className="text-[13px] text-neutral-500">{emptyText}</p>;
  const itemClass =
    "flex w-full items-center gap-2 rounded px-2 py-1 text-left text-[13px] text-neutral-800 hover:bg-accent-50 hover:text-accent-800";
  return (
    <ul aria-label={label} className="-mx-2 flex flex-col">
      {keys.map((key) => {
        const keyString = key.path.join("/");
        return (
          <li key={keyString}>
            {onSelect ? (
              <button type="button" className={itemClass} onClick={() => onSelect(key.path)}>
                <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-neutral-300" />
                <AssetKeyLabel path={key.path} />
              </button>
            ) : (
              <Link href={assetPageHref(key.path)} className={itemClass}>
                <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-neutral-300" />
                <AssetKeyLabel path={key.path} />
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
