// The React Flow node types of the asset graph and the data each carries.
import type { Node } from "@xyflow/react";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import type { ChecksSummary } from "../checks/checkStatus";
import type { PartitionStats } from "../partitions/usePartitions";
import type { AssetRunState } from "./assetRunState";

/** `partitions` is null for unpartitioned assets (and while partition counts load). */
/** `checks` summarises the latest results of the asset's checks; null when none has run. */
/** `statusPending`: the asset's status fields are placeholders until the full asset list arrives. */
export type AssetFlowNode = Node<
  {
    asset: AssetNodeListItem;
    dimmed: boolean;
    partitions: PartitionStats | null;
    checks: ChecksSummary | null;
    /** The external job writing the asset now, if any. */
    running: string | null;
    /** A Strata run about to write the asset (queued) or writing it now (running), if any. */
    runState: AssetRunState | null;
    /** The asset the page was opened on (`?focus=`), drawn with a ring. */
    focused: boolean;
    statusPending: boolean;
  },
  "asset"
>;
export type GroupFlowNode = Node<{ name: string; assetCount: number }, "assetGroup">;
/** `linked`: a group outside the one opened, present through `assetCount` assets linked to it; a click opens it. */
export type CollapsedGroupFlowNode = Node<
  { name: string; assetCount: number; failedCount: number; linked: boolean },
  "collapsedGroup"
>;
/** A whole group as one box, zoomed out past reading its assets (see zoomLevel). */
export type GroupOverviewFlowNode = Node<
  { groupId: string; name: string; assetCount: number; failedCount: number; runningCount: number },
  "groupOverview"
>;
export type AssetGraphFlowNode = AssetFlowNode | GroupFlowNode | CollapsedGroupFlowNode | GroupOverviewFlowNode;
