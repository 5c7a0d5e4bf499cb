"use client";
// The Lineage tab: the graph around one asset, to an upstream and a downstream depth (1, 2, 3 or all; one each by
// default) kept in the URL (`?tab=lineage&up=2&down=all`), drawn from the selection `2+key+`.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { buildAssetGraph } from "../../lib/core/assetGraph";
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";
import { selectAssets } from "../../lib/core/selection";
import { AssetGraphView } from "../asset-graph/AssetGraphView";
import { toAssetNodeSnapshot } from "../asset-selection/toAssetNodeSnapshot";
import { cx } from "../ui/cx";
import { ErrorState } from "../ui/ErrorState";
import { Skeleton } from "../ui/Skeleton";
import { assetPageHref } from "./assetLinks";
import { LINEAGE_DEPTHS, type LineageDepth, lineageSelection, parseLineageDepth } from "./lineageDepth";
import type { AssetNodeDetail } from "./useAssetNode";
import { useAssetNodes } from "./useAssetNodes";

export function AssetLineageTab({ asset }: { asset: AssetNodeDetail }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const assetNodes = useAssetNodes();
  const key = toAssetKeyString(asset.assetKey.path);
  const upstream = parseLineageDepth(searchParams.get("up"));
  const downstream = parseLineageDepth(searchParams.get("down"));

  const setDepth = useCallback(
    (side: "up" | "down", depth: LineageDepth) => {
      const params = new URLSearchParams(window.location.search);
      params.set("tab", "lineage");
      params.set(side, String(depth));
      // history.replaceState keeps Next's router (and useSearchParams) in sync without a navigation.
      window.history.replaceState(null, "", `${pathname}?${params.toString()}`);
    },
    [pathname],
  );

  const lineage = useMemo(() => {
    const nodes = assetNodes.data ?? [];
    const result = selectAssets(
      buildAssetGraph(nodes.map(toAssetNodeSnapshot)),
      lineageSelection(key, upstream, downstream),
    );
    const keys = result.ok
      ? new Set(result.keys)
      : // Keys the selection syntax cannot spell still get their direct neighbours.
        new Set([
          key,
          ...asset.dependencyKeys.map((k) => toAssetKeyString(k.path)),
          ...asset.dependedByKeys.map((k) => toAssetKeyString(k.path)),
        ]);
    return nodes.filter((a) => keys.has(toAssetKeyString(a.assetKey.path)));
  }, [assetNodes.data, asset, key, upstream, downstream]);

  if (assetNodes.isPending) return <Skeleton className="h-[480px] w-full rounded-lg" />;
  if (assetNodes.isError)
    return <ErrorState title="Could not load the lineage" message={errorMessage(assetNodes.error)} />;

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <DepthControl label="Upstream" value={upstream} onChange={(depth) => setDepth("up", depth)} />
        <DepthControl label="Downstream" value={downstream} onChange={(depth) => setDepth("down", depth)} />
        <span className="text-xs text-neutral-600" data-testid="lineage-count">
          {lineage.length} asset{lineage.length === 1 ? "" : "s"}
        </span>
      </div>
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
    </div>
  );
}

function DepthControl({
  label,
  value,
  onChange,
}: {
  label: string;
  value: LineageDepth;
  onChange: (depth: LineageDepth) => void;
}) {
  return (
    <div role="group" aria-label={`${label} depth`} className="flex items-center gap-2">
      <span aria-hidden="true" className="text-[13px] font-medium text-neutral-700">
        {label}
      </span>
      <div className="inline-flex rounded-md border border-neutral-300 bg-white p-0.5 shadow-xs">
        {LINEAGE_DEPTHS.map((depth) => (
          <button
            key={depth}
            type="button"
            aria-pressed={depth === value}
            onClick={() => onChange(depth)}
            className={cx(
              "h-7 min-w-8 rounded px-2 text-[13px] tabular-nums",
              depth === value
                ? "bg-accent-600 font-medium text-white"
                : "text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900",
            )}
          >
            {depth === "all" ? "All" : depth}
          </button>
        ))}
      </div>
    </div>
  );
}
