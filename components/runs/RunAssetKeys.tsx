// The first few asset keys of a run, then "+N" for the rest.
import Link from "next/link";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import type { AssetKey } from "../assets/AssetKeyList";
import { assetPageHref } from "../assets/assetLinks";

export function RunAssetKeys({ keys, max = 3 }: { keys: readonly AssetKey[]; max?: number }) {
  if (keys.length === 0) return <span className="text-neutral-300">—</span>;
  const shown = keys.slice(0, max);
  const hidden = keys.length - shown.length;
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-0.5">
      {shown.map((key) => (
        <Link
          key={key.path.join("/")}
          href={assetPageHref(key.path)}
          className="flex max-w-52 min-w-0 text-neutral-800 hover:text-accent-700 hover:underline"
        >
          <AssetKeyLabel path={key.path} />
        </Link>
      ))}
      {hidden > 0 && (
        <span
          className="text-xs text-neutral-500"
          title={keys
            .slice(max)
            .map((k) => k.path.join("/"))
            .join("\n")}
        >
          +{hidden}
        </span>
      )}
    </span>
  );
}
