// AssetNode: one asset definition with its lineage and latest materialization state (Dagster's names).
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";
import { selectAssets } from "../../lib/core/selection";
import type { AssetNodeRecord } from "../../lib/store/assetNodes";
import { createGraphQLError } from "graphql-yoga";
import { builder } from "../builder";
import { AssetKeyInput, AssetKeyRef } from "./assetKey";
import { MetadataEntryRef, toMetadataEntries } from "./metadataEntry";

const AssetMaterializationState = builder.enumType("AssetMaterializationState", {
  values: ["MATERIALIZED", "FAILED", "NEVER_MATERIALIZED", "SOURCE"] as const,
});

const AssetTagRef = builder.objectRef<{ key: string; value: string }>("AssetTag").implement({
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

const AssetLatestInfoRef = builder.objectRef<AssetNodeRecord>("AssetLatestInfo").implement({
  fields: (t) => ({
    state: t.field({
      type: AssetMaterializationState,
      resolve: ({ node, status }) => {
        if (node.isSource) return "SOURCE";
        const materialized = status?.lastMaterializationAt?.getTime() ?? -1;
        const failed = status?.lastFailureAt?.getTime() ?? -1;
        if (failed > materialized) return "FAILED";
        return materialized >= 0 ? "MATERIALIZED" : "NEVER_MATERIALIZED";
      },
    }),
    lastMaterializationTimestamp: t.string({ nullable: true, resolve: (r) => r.status?.lastMaterializationAt?.toISOString() ?? null }),
    lastMaterializationRunId: t.string({ nullable: true, resolve: (r) => r.status?.lastMaterializationRunId ?? null }),
    lastFailureTimestamp: t.string({ nullable: true, resolve: (r) => r.status?.lastFailureAt?.toISOString() ?? null }),
    lastFailureRunId: t.string({ nullable: true, resolve: (r) => r.status?.lastFailureRunId ?? null }),
  }),
});

export const AssetNodeRef = builder.objectRef<AssetNodeRecord>("AssetNode").implement({
  fields: (t) => ({
    id: t.id({ resolve: (r) => `${r.codeLocationName}:${toAssetKeyString(r.node.key)}` }),
    assetKey: t.field({ type: AssetKeyRef, resolve: (r) => r.node.key }),
    groupName: t.string({ resolve: (r) => r.node.groupName }),
    description: t.string({ nullable: true, resolve: (r) => r.node.description }),
    owners: t.stringList({ resolve: (r) => r.node.owners }),
    kinds: t.stringList({ resolve: (r) => r.node.kinds }),
    tags: t.field({ type: [AssetTagRef], resolve: (r) => Object.entries(r.node.tags).map(([key, value]) => ({ key, value })) }),
    metadataEntries: t.field({ type: [MetadataEntryRef], resolve: (r) => toMetadataEntries(r.node.metadata) }),
    codeVersion: t.string({ nullable: true, resolve: (r) => r.node.codeVersion }),
    isSource: t.boolean({ resolve: (r) => r.node.isSource }),
    codeLocationName: t.exposeString("codeLocationName"),
    dependencyKeys: t.field({ type: [AssetKeyRef], resolve: (r) => r.node.dependencyKeys }),
    dependedByKeys: t.field({
      type: [AssetKeyRef],
      resolve: async (r, _args, ctx) => (await ctx.assetNodeIndex()).graph.downstream(toAssetKeyString(r.node.key)).map((k) => parseAssetKey(k)),
    }),
    assetLatestInfo: t.field({ type: AssetLatestInfoRef, resolve: (r) => r }),
  }),
});

export const AssetNotFoundError = builder.objectRef<{ message: string }>("AssetNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const AssetNodeOrError = builder.unionType("AssetNodeOrError", {
  types: [AssetNodeRef, AssetNotFoundError],
  resolveType: (value) => ("node" in value ? AssetNodeRef : AssetNotFoundError),
});

builder.queryFields((t) => ({
  assetNodes: t.field({
    type: [AssetNodeRef],
    description: "Asset nodes of every loaded code location, optionally narrowed by a selection such as `group:analytics` or `+fact_events`.",
    args: { selection: t.arg.string() },
    resolve: async (_root, { selection }, ctx) => {
      const index = await ctx.assetNodeIndex();
      if (!selection?.trim()) return index.records;
      const result = selectAssets(index.graph, selection);
      if (!result.ok) {
        throw createGraphQLError(`Invalid selection: ${result.error.message}`, {
          extensions: { code: "INVALID_SELECTION", position: result.error.position },
        });
      }
      return result.keys.flatMap((key) => index.byKey.get(key) ?? []);
    },
  }),
  assetNodeOrError: t.field({
    type: AssetNodeOrError,
    args: { assetKey: t.arg({ type: AssetKeyInput, required: true }) },
    resolve: async (_root, { assetKey }, ctx) => {
      const key = assetKey.path.join("/");
      return (await ctx.assetNodeIndex()).byKey.get(key) ?? { message: `No asset with key "${key}" is defined in any loaded code location.` };
    },
  }),
}));
