// Asset nodes: each current definition of the workspace joined with its derived status row.
import { type AssetStatusRecord, readAssetStatuses } from "../../store/assetStatuses";
import type { Database } from "../../store/database";
import type { AssetDefinition, Workspace } from "./workspace";

export interface AssetNodeRecord extends AssetDefinition {
  status: AssetStatusRecord | null;
}

export async function listAssetNodes(db: Database, workspace: Workspace): Promise<AssetNodeRecord[]> {
  const statuses = await readAssetStatuses(db);
  return workspace.list.map((definition) => ({ ...definition, status: statuses.get(definition.key) ?? null }));
}
