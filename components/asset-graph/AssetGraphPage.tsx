"use client";
// The global asset graph (/lineage): selection box, the lineage canvas and the selected asset's side panel.
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { useAssetNodes } from "../../graphql/client/useAssetNodes";
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";
import { AssetSelectionInput } from "../asset-selection/AssetSelectionInput";
import { useAssetSelection } from "../asset-selection/useAssetSelection";
import { MaterializeButton } from "../runs/MaterializeButton";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { GraphIcon } from "../ui/icons";
import { Skeleton } from "../ui/Skeleton";
import { AssetGraphView } from "./AssetGraphView";
import { AssetSidePanel } from "./AssetSidePanel";

export function AssetGraphPage() {
  const assetNodes = useAssetNodes();
  const selection = useAssetSelection(assetNodes.data);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);

  const visible = useMemo(() => {
    const all = assetNodes.data ?? [];
    const keys = selection.selectedKeys;
    return keys ? all.filter((a) => keys.has(toAssetKeyString(a.assetKey.path))) : all;
  }, [assetNodes.data, selection.selectedKeys]);

  // Source assets are observed, never materialized: leave them out of what the button launches.
  const materializable = useMemo(() => visible.filter((a) => !a.isSource).map((a) => a.assetKey.path), [visible]);
  const selectedAsset = useMemo(
    () => (selectedKey ? (assetNodes.data ?? []).find((a) => toAssetKeyString(a.assetKey.path) === selectedKey) ?? null : null),
    [assetNodes.data, selectedKey],
  );
  const scope = selection.text.trim() && !selection.error ? "matching the selection" : "in the graph";

  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const selectPath = useCallback((path: readonly string[]) => {
    const key = toAssetKeyString(path);
    setSelectedKey(key);
    setFocusRequest({ key });
  }, []);

  return (
    <div className="flex h-full flex-col">
      <div className="flex shrink-0 items-start gap-4 border-b border-neutral-200 bg-white px-4 py-2.5">
        <div className="flex h-9 shrink-0 items-center gap-2">
          <h1 className="text-[15px] font-semibold text-neutral-900">Lineage</h1>
          {assetNodes.data && (
            <span className="rounded bg-neutral-100 px-1.5 text-xs tabular-nums text-neutral-500">{assetNodes.data.length} assets</span>
          )}
        </div>
        <AssetSelectionInput
          className="max-w-3xl flex-1"
          value={selection.text}
          onChange={selection.setText}
          error={selection.error}
          matchCount={visible.length}
          totalCount={assetNodes.data?.length}
        />
        <div className="ml-auto flex h-9 shrink-0 items-center gap-2">
          {selectedAsset && (
            <MaterializeButton
              variant="secondary"
              label="Materialize selected"
              assetKeys={selectedAsset.isSource ? [] : [selectedAsset.assetKey.path]}
              disabledReason={selectedAsset.isSource ? "A source asset is observed, not materialized" : null}
              description={`Materialize ${selectedKey}`}
            />
          )}
          <MaterializeButton
            assetKeys={materializable}
            disabledReason={
              assetNodes.isPending ? "Loading assets" : materializable.length === 0 ? `No materializable assets ${scope}` : null
            }
            description={`Materialize ${materializable.length} asset${materializable.length === 1 ? "" : "s"} ${scope}`}
          />
        </div>
      </div>

      <div className="flex min-h-0 flex-1">
        <section aria-label="Asset graph" className="relative min-w-0 flex-1 bg-neutral-50">
          {assetNodes.isPending ? (
            <div role="status" aria-label="Loading assets" className="flex h-full items-center justify-center gap-16">
              {[2, 3, 2].map((n, column) => (
                <div key={column} className="flex flex-col gap-5">
                  {Array.from({ length: n }, (_, i) => (
                    <Skeleton key={i} className="h-16 w-56 rounded-md" />
                  ))}
                </div>
              ))}
            </div>
          ) : assetNodes.isError ? (
            <div className="flex h-full items-center justify-center p-6">
              <ErrorState title="Could not load assets" message={errorMessage(assetNodes.error)} onRetry={() => void assetNodes.refetch()} />
            </div>
          ) : assetNodes.data.length === 0 ? (
            <EmptyState icon={<GraphIcon size={22} />} title="No assets yet" className="h-full justify-center">
              Assets appear here once a code location loads. Check its status on the{" "}
              <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
                Deployment
              </Link>{" "}
              page.
            </EmptyState>
          ) : visible.length === 0 ? (
            <EmptyState icon={<GraphIcon size={22} />} title="No assets match this selection" className="h-full justify-center">
              Nothing matches <code className="font-mono text-neutral-700">{selection.text}</code>. Try a group such as{" "}
              <code className="font-mono text-neutral-700">group:{assetNodes.data[0]?.groupName}</code>.
            </EmptyState>
          ) : (
            <AssetGraphView assets={visible} selectedKey={selectedKey} onSelectKey={setSelectedKey} focusRequest={focusRequest} />
          )}
        </section>
        {selectedKey && (
          <AssetSidePanel path={safeKeyPath(selectedKey)} onClose={() => setSelectedKey(null)} onSelectPath={selectPath} />
        )}
      </div>
    </div>
  );
}

function safeKeyPath(key: string): string[] {
  try {
    return parseAssetKey(key);
  } catch {
    return key.split("/");
  }
}
