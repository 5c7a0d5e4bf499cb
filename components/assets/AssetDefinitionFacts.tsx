// The definition of an asset as a list of facts, shared by the asset page and the graph's side panel.

import { Fact, OwnerList, TagList } from "./AssetFacts";
import { KindBadges } from "./KindBadges";
import type { AssetNodeDetail } from "./useAssetNode";

const none = <span className="text-neutral-500">None</span>;

/** 15 → "15 minutes", 60 → "hour", 90 → "90 minutes", 1440 → "24 hours". */
function describeInterval(minutes: number): string {
  if (minutes === 60) return "hour";
  if (minutes % 60 === 0) return `${minutes / 60} hours`;
  return minutes === 1 ? "minute" : `${minutes} minutes`;
}

export function AssetDefinitionFacts({ asset, showSource = false }: { asset: AssetNodeDetail; showSource?: boolean }) {
  return (
    <dl>
      <Fact label="Group">{asset.groupName}</Fact>
      <Fact label="Code location">{asset.codeLocationName}</Fact>
      <Fact label="Code version">
        {asset.codeVersion ? <span className="font-mono text-xs">{asset.codeVersion}</span> : none}
      </Fact>
      <Fact label="Kinds">{asset.kinds.length > 0 ? <KindBadges kinds={asset.kinds} /> : none}</Fact>
      <Fact label="Owners">
        <OwnerList owners={asset.owners} />
      </Fact>
      <Fact label="Tags">
        <TagList tags={asset.tags} />
      </Fact>
      {showSource && (
        <Fact label="Source asset">
          {asset.isSource
            ? `Yes — observed${asset.observeIntervalMinutes ? ` every ${describeInterval(asset.observeIntervalMinutes)}` : ""}, not materialized by Strata`
            : "No"}
        </Fact>
      )}
    </dl>
  );
}
