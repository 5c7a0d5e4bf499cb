// The assets a job materializes, numbered in the order a run executes them, each linking to its asset page.
import Link from "next/link";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import type { AssetKey } from "../assets/AssetKeyList";
import { assetPageHref } from "../assets/assetLinks";

export function JobAssetList({ keys }: { keys: readonly AssetKey[] }) {
  if (keys.length === 0)
    return <p className="text-[13px] text-neutral-500">The job&apos;s selection matches no assets.</p>;
  return (
    <ol aria-label="Assets in run order" className="-mx-2 flex flex-col">
      {keys.map((key, i) => (
        <li key={key.path.join("/")}>
          <Link
            href={assetPageHref(key.path)}
            className="flex items-center gap-2.5 rounded px-2 py-1 text-[13px] text-neutral-800 hover:bg-accent-50 hover:text-accent-800"
          >
            <span
              aria-hidden="true"
              className="flex size-5 shrink-0 items-center justify-center rounded-full bg-neutral-100 text-[11px] text-neutral-600 tabular-nums ring-1 ring-neutral-200 ring-inset"
            >
              {i + 1}
            </span>
            <AssetKeyLabel path={key.path} />
          </Link>
        </li>
      ))}
    </ol>
  );
}
