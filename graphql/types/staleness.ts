// Staleness on the API (Dagster's staleStatus and staleCauses): whether an asset reflects its current code and the
// latest data of its upstream assets, and each reason it does not.
import { toAssetKeyString } from "../../lib/core/assetKey";
import { staleness, upstreamVersion, type StaleCause } from "../../lib/core/staleness";
import type { AssetNodeRecord } from "../../lib/store/assetNodes";
import type { GraphQLContext } from "../context";
import { builder } from "../builder";
import { AssetKeyRef } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

const StaleStatusEnum = builder.enumType("StaleStatus", { values: ["UP_TO_DATE", "STALE", "MISSING"] as const });

const StaleCauseRef = builder.objectRef<StaleCause>("StaleCause").implement({
  fields: (t) => ({
    key: t.field({ type: AssetKeyRef, description: "The asset the cause is about.", resolve: (c) => c.key.split("/") }),
    reason: t.exposeString("reason"),
  }),
});

async function stalenessOf(record: AssetNodeRecord, ctx: GraphQLContext) {
  const index = await ctx.assetNodeIndex();
  const upstreamKeys = record.node.dependencyKeys.map((key) => toAssetKeyString(key));
  const currentUpstream = Object.fromEntries(upstreamKeys.map((key) => [key, upstreamVersion(index.byKey.get(key)?.status ?? undefined)]));
  return staleness(toAssetKeyString(record.node.key), {
    isSource: record.node.isSource,
    materialized: record.status?.lastMaterializationAt != null,
    codeVersion: record.node.codeVersion,
    lastCodeVersion: record.status?.lastCodeVersion ?? null,
    recordedUpstream: record.status?.lastUpstreamVersions ?? null,
    currentUpstream,
  });
}

builder.objectFields(AssetNodeRef, (t) => ({
  staleStatus: t.field({ type: StaleStatusEnum, resolve: async (record, _args, ctx) => (await stalenessOf(record, ctx)).status }),
  staleCauses: t.field({ type: [StaleCauseRef], resolve: async (record, _args, ctx) => (await stalenessOf(record, ctx)).causes }),
}));
