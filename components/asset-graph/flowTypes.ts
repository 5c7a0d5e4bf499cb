// The React Flow node types of the asset graph and the data each carries.
import type { Node } from "@xyflow/react";
import type { AssetNodeListItem } from "../../graphql/client/assetNodes";
import type { PartitionStats } from "../../graphql/client/partitions";

/** `partitions` is null for unpartitioned assets (and while partition counts load). */
export type AssetFlowNode = Node<{ asset: AssetNodeListItem; dimmed: boolean; partitions: PartitionStats | null }, "asset">;
export type GroupFlowNode = Node<{ name: string; assetCount: number }, "assetGroup">;
export type CollapsedGroupFlowNode = Node<{ name: string; assetCount: number; failedCount: number }, "collapsedGroup">;
export type AssetGraphFlowNode = AssetFlowNode | GroupFlowNode | CollapsedGroupFlowNode;
