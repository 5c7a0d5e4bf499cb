"use client";
// The Overview tab of an asset page: description, metadata and definition on the left; status and lineage on the right.
import type { ReactNode } from "react";
import { AutomationEvaluations } from "../automation/AutomationEvaluations";
import { FreshnessPolicySummary } from "../freshness/FreshnessPolicySummary";
import { MarkdownText } from "../metadata/MarkdownText";
import { isUnsynced } from "../staleness/staleFields";
import { UnsyncedSummary } from "../staleness/UnsyncedSummary";
import { AssetDefinitionFacts } from "./AssetDefinitionFacts";
import { AssetKeyList } from "./AssetKeyList";
import { ExternalLineageCard, useAssetExternalLineage } from "./ExternalLineageCard";
import { LatestMaterialization } from "./LatestMaterialization";
import { MetadataTable } from "./MetadataTable";
import { useAssetMaterializations } from "./useAssetMaterializations";
import type { AssetNodeDetail } from "./useAssetNode";

export function AssetOverview({ asset }: { asset: AssetNodeDetail }) {
  const externalLineage = useAssetExternalLineage(asset.assetKey.path);
  // The same query (and cache entry) as the Events tab: what the last run recorded, such as a table preview.
  const materializations = useAssetMaterializations(asset.assetKey.path);
  const latest =
    materializations.data?.__typename === "AssetNode" ? materializations.data.assetMaterializations[0] : undefined;
  return (
    <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_360px]">
      <div className="flex min-w-0 flex-col gap-5">
        <Card title="Description">
          {asset.description ? (
            <MarkdownText text={asset.description} />
          ) : (
            <p className="text-[13px] text-neutral-500 italic">
              No description. Add one with the asset&apos;s <code>description</code> option.
            </p>
          )}
        </Card>
        <Card title="Metadata">
          <MetadataTable entries={asset.metadataEntries} />
        </Card>
        {latest && latest.metadataEntries.length > 0 && (
          <Card title="Latest materialization metadata">
            <MetadataTable entries={latest.metadataEntries} />
          </Card>
        )}
        <Card title="Definition">
          <AssetDefinitionFacts asset={asset} showSource />
        </Card>
      </div>
      <div className="flex min-w-0 flex-col gap-5">
        <Card title="Latest materialization">
          <LatestMaterialization info={asset.assetLatestInfo} />
        </Card>
        {externalLineage.data && (
          <Card title="External lineage">
            <ExternalLineageCard lineage={externalLineage.data} />
          </Card>
        )}
        {isUnsynced(asset) && (
          <Card title="Unsynced">
            <UnsyncedSummary asset={asset} assetKey={asset.assetKey.path} />
          </Card>
        )}
        {asset.automationCondition && (
          <Card title="Automation">
            <AutomationEvaluations condition={asset.automationCondition} evaluations={asset.automationEvaluations} />
          </Card>
        )}
        {asset.freshnessPolicy && (
          <Card title="Freshness">
            <FreshnessPolicySummary policy={asset.freshnessPolicy} info={asset.freshnessInfo} />
          </Card>
        )}
        <Card title={`Upstream assets (${asset.dependencyKeys.length})`}>
          <AssetKeyList
            keys={asset.dependencyKeys}
            label="Upstream assets"
            emptyText="No upstream assets: this is a root of the graph."
          />
        </Card>
        <Card title={`Downstream assets (${asset.dependedByKeys.length})`}>
          <AssetKeyList
            keys={asset.dependedByKeys}
            label="Downstream assets"
            emptyText="Nothing depends on this asset yet."
          />
        </Card>
      </div>
    </div>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-neutral-200 bg-white">
      <h2 className="border-b border-neutral-100 px-4 py-2.5 text-[13px] font-semibold text-neutral-800">{title}</h2>
      <div className="px-4 py-3">{children}</div>
    </section>
  );
}
