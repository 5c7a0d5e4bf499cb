"use client";
// The graph's side panel for the selected asset: definition, latest materialization and lineage links.
import Link from "next/link";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { AssetDefinitionFacts } from "../assets/AssetDefinitionFacts";
import { Section } from "../assets/AssetFacts";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { AssetKeyList } from "../assets/AssetKeyList";
import { assetPageHref } from "../assets/assetLinks";
import { LatestMaterialization } from "../assets/LatestMaterialization";
import { MetadataTable } from "../assets/MetadataTable";
import { useAssetNode } from "../assets/useAssetNode";
import { MarkdownText } from "../metadata/MarkdownText";
import { PartitionStatsBar } from "../partitions/PartitionStatsBar";
import { useAssetPartitionSummaries } from "../partitions/usePartitions";
import { CloseIcon, ExternalIcon } from "../ui/icons";
import { Skeleton } from "../ui/Skeleton";

export function AssetSidePanel({
  path,
  onClose,
  onSelectPath,
}: {
  path: readonly string[];
  onClose: () => void;
  onSelectPath: (path: readonly string[]) => void;
}) {
  const query = useAssetNode(path);
  const asset = query.data?.__typename === "AssetNode" ? query.data : null;
  const summaries = useAssetPartitionSummaries();
  const key = path.join("/");
  const partitions =
    summaries.data?.find((s) => s.assetKey.path.join("/") === key && s.partitionsDefinition !== null) ?? null;

  return (
    <aside
      aria-label="Asset details"
      className="flex h-full w-[400px] shrink-0 flex-col border-l border-neutral-200 bg-white"
    >
      <div className="flex items-start gap-2 border-b border-neutral-200 px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="text-[11px] font-medium tracking-wide text-neutral-500 uppercase">Asset</p>
          <h2 className="flex min-w-0 text-[15px] leading-6 text-neutral-900">
            <AssetKeyLabel path={path} />
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close asset details"
          className="rounded p-1 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
        >
          <CloseIcon size={16} />
        </button>
      </div>

      <div className="min-h-0 flex-1 divide-y divide-neutral-100 overflow-y-auto px-4">
        {query.isPending ? (
          <div className="space-y-3 py-4">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-20 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : query.isError ? (
          <p role="alert" className="py-4 text-[13px] text-red-700">
            Could not load this asset: {errorMessage(query.error)}
          </p>
        ) : !asset ? (
          <p role="alert" className="py-4 text-[13px] text-neutral-600">
            {query.data?.__typename === "AssetNotFoundError" ? query.data.message : "Asset not found."}
          </p>
        ) : (
          <>
            <div className="py-3.5">
              {asset.description ? (
                <MarkdownText text={asset.description} className="leading-5" />
              ) : (
                <p className="text-[13px] text-neutral-500 italic">No description.</p>
              )}
              <Link
                href={assetPageHref(asset.assetKey.path)}
                className="mt-3 inline-flex items-center gap-1 text-[13px] font-medium text-accent-700 hover:text-accent-900"
              >
                Open asset page <ExternalIcon size={13} />
              </Link>
            </div>
            <Section title="Latest materialization">
              <LatestMaterialization info={asset.assetLatestInfo} />
            </Section>
            {partitions?.partitionStats && (
              <Section
                title="Partitions"
                aside={
                  <Link
                    href={assetPageHref(asset.assetKey.path, "partitions")}
                    className="text-xs font-medium text-accent-700 hover:text-accent-900"
                  >
                    View partitions
                  </Link>
                }
              >
                <p className="mb-1.5 text-[13px] text-neutral-700">{partitions.partitionsDefinition?.description}</p>
                <PartitionStatsBar stats={partitions.partitionStats} />
              </Section>
            )}
            <Section title="Definition">
              <AssetDefinitionFacts asset={asset} />
            </Section>
            <Section title="Metadata">
              <MetadataTable entries={asset.metadataEntries} layout="stacked" />
            </Section>
            <Section title={`Upstream (${asset.dependencyKeys.length})`}>
              <AssetKeyList
                keys={asset.dependencyKeys}
                label="Upstream assets"
                emptyText="No upstream assets."
                onSelect={onSelectPath}
              />
            </Section>
            <Section title={`Downstream (${asset.dependedByKeys.length})`}>
              <AssetKeyList
                keys={asset.dependedByKeys}
                label="Downstream assets"
                emptyText="No downstream assets."
                onSelect={onSelectPath}
              />
            </Section>
          </>
        )}
      </div>
    </aside>
  );
}
