// The assets a backfill covers, each with how it is partitioned and how many of its partitions the preview counts.

import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { CalendarIcon } from "../ui/icons";
import type { BackfillTarget } from "./backfillTarget";
import type { PartitionBackfillPreview } from "./usePartitionBackfillPreview";

export function BackfillAssetList({
  targets,
  preview,
}: {
  targets: readonly BackfillTarget[];
  preview: PartitionBackfillPreview | null;
}) {
  const counts = new Map(preview?.assets.map((a) => [a.assetKey.path.join("/"), a.numPartitions]) ?? []);
  return (
    <ul className="max-h-48 divide-y divide-neutral-100 overflow-y-auto rounded-md border border-neutral-200">
      {targets.map((target) => {
        const key = target.assetKey.path.join("/");
        const count = counts.get(key);
        return (
          <li key={key} className="flex items-center gap-3 px-3 py-2 text-[13px]">
            <span className="flex min-w-0 flex-1 text-neutral-900">
              <AssetKeyLabel path={target.assetKey.path} />
            </span>
            <span className="flex shrink-0 items-center gap-1 text-xs text-neutral-500">
              {target.partitionsDefinition ? (
                <>
                  <CalendarIcon size={12} className="text-neutral-400" />
                  {target.partitionsDefinition.description}
                </>
              ) : (
                "Not partitioned"
              )}
            </span>
            <span
              className="w-28 shrink-0 text-right text-xs text-neutral-700 tabular-nums"
              data-testid={`backfill-preview-count-${key}`}
            >
              {count === undefined
                ? "—"
                : target.partitionsDefinition
                  ? `${count.toLocaleString()} partition${count === 1 ? "" : "s"}`
                  : "1 run"}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
