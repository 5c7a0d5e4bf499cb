"use client";
// A job's assets as a lineage graph: the global graph narrowed to the job's assets, edges between them only. A click
// opens the asset's page.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";
import { AssetGraphView } from "../asset-graph/AssetGraphView";
import type { AssetKey } from "../assets/AssetKeyList";
import { assetPageHref } from "../assets/assetLinks";
import { useAssetNodes } from "../assets/useAssetNodes";
import { ErrorState } from "../ui/ErrorState";
import { Skeleton } from "../ui/Skeleton";

export function JobGraph({ keys }: { keys: readonly AssetKey[] }) {
  const router = useRouter();
  const assetNodes = useAssetNodes();
  const assets = useMemo(() => {
    const inJob = new Set(keys.map((key) => toAssetKeyString(key.path)));
    return (assetNodes.data ?? []).filter((asset) => inJob.has(toAssetKeyString(asset.assetKey.path)));
  }, [assetNodes.data, keys]);

  if (keys.length === 0)
    return <p className="text-[13px] text-neutral-500">The job&apos;s selection matches no assets.</p>;
  if (assetNodes.isPending) return <Skeleton className="h-[280px] w-full rounded-lg" />;
  if (assetNodes.isError)
    return <ErrorState title="Could not load the job's graph" message={errorMessage(assetNodes.error)} />;
  return (
    <div
      role="group"
      aria-label="Job asset graph"
      className="h-[280px] overflow-hidden rounded-md border border-neutral-200 bg-neutral-50"
    >
      <AssetGraphView
        assets={assets}
        selectedKey={null}
        showMiniMap={false}
        onSelectKey={(next) => next && router.push(assetPageHref(parseAssetKey(next)))}
      />
    </div>
  );
}
