"use client";
// The Lineage tab: the graph around one asset (`+key+`): everything upstream and downstream of it.
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { buildAssetGraph } from "../../lib/core/assetGraph";
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";
import { selectAssets } from "../../lib/core/selection";
import { AssetGraphView } from "../asset-graph/AssetGraphView";
import { toAssetNodeSnapshot } from "../asset-selection/toAssetNodeSnapshot";
import { ErrorState } from "../ui/ErrorState";
import { Skeleton } from "../ui/Skeleton";
import { assetPageHref } from "./assetLinks";
import type { AssetNodeDetail } from "./useAssetNode";
import { useAssetNodes } from "./useAssetNodes";

export function AssetLineageTab({ asset }: { asset: AssetNodeDetail }) {
  const router = useRouter();
  const assetNodes = useAssetNodes();
  const key = toAssetKeyString(asset.assetKey.path);

  // The same `+key+` selection the "View in lineage" link opens: every ancestor and descendant.
  const lineage = useMemo(() => {
    const nodes = assetNodes.data ?? [];
    const result = selectAssets(buildAssetGraph(nodes.map(toAssetNodeSnapshot)), `+${key}+`);
    const keys = result.ok
      ? new Set(result.keys)
      : // Keys the selection syntax cannot spell still get their direct neighbours.
        new Set([
          key,
          ...asset.dependencyKeys.map((k) => toAssetKeyString(k.path)),
          ...asset.dependedByKeys.map((k) => toAssetKeyString(k.path)),
        ]);
    return nodes.filter((a) => keys.has(toAssetKeyString(a.assetKey.path)));
  }, [assetNodes.data, asset, key]);

  if (assetNodes.isPending) return <Skeleton className="h-[480px] w-full rounded-lg" />;
  if (assetNodes.isError)
    return <ErrorState title="Could not load the lineage" message={errorMessage(assetNodes.error)} />;

  return (
    <div className="h-[520px] overflow-hidden rounded-lg border border-neutral-200 bg-neutral-50">
      <AssetGraphView
        assets={lineage}
        selectedKey={key}
        showMiniMap={false}
        onSelectKey={(next) => {
          if (next && next !== key) router.push(assetPageHref(parseAssetKey(next), "lineage"));
        }}
      />
    </div>
  );
}
