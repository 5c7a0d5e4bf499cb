// The browser evaluates selections over the asset list: `column:` and `code_location:` read what the list carries.
import { describe, expect, it } from "vitest";
import { buildAssetGraph } from "../../lib/core/assetGraph";
import { selectAssets } from "../../lib/core/selection";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import { toAssetNodeSnapshot } from "./toAssetNodeSnapshot";

const item = (key: string, columnNames: string[], codeLocationName = "loc"): AssetNodeListItem => ({
  id: key,
  assetKey: { path: key.split("/") },
  groupName: "default",
  kinds: [],
  owners: [],
  tags: [],
  isSource: false,
  codeLocationName,
  dependencyKeys: [],
  columnNames,
  assetLatestInfo: {
    state: "NEVER_MATERIALIZED",
    lastMaterializationTimestamp: null,
    lastMaterializationRunId: null,
    lastFailureTimestamp: null,
    lastFailureRunId: null,
    lastFailureMessage: null,
  },
  freshnessInfo: null,
  staleStatus: "MISSING",
  staleCauses: [],
  unsyncedPartitionCount: null,
});

describe("toAssetNodeSnapshot", () => {
  const graph = buildAssetGraph(
    [item("users", ["user_id", "email"]), item("events", ["event_id", "user_id"], "crm"), item("plain", [])].map(
      toAssetNodeSnapshot,
    ),
  );
  const select = (text: string) => {
    const result = selectAssets(graph, text);
    return result.ok ? [...result.keys].sort() : result.error.message;
  };

  it("selects by column name and code location in the browser", () => {
    expect(select("column:user_id")).toEqual(["events", "users"]);
    expect(select("column:*_id and not column:email")).toEqual(["events"]);
    expect(select("code_location:crm")).toEqual(["events"]);
  });
});
