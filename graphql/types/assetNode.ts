// AssetNode: one asset definition with its lineage and latest materialization state (Dagster's names).
import "server-only";
import { createGraphQLError } from "graphql-yoga";
import { selectAssets } from "../../lib/core/selection";
import type { AssetLatestInfo, AssetNodeView } from "../assetNodeView";
import { builder } from "../builder";
import { withAssetNodeIndex } from "../context";
import { AssetKeyInput, AssetKeyRef, assetKeyOf } from "./assetKey";
import { MetadataEntryRef, toMetadataEntries } from "./metadataEntry";

const AssetMaterializationState = builder.enumType("AssetMaterializationState", {
  values: ["MATERIALIZED", "FAILED", "NEVER_MATERIALIZED", "SOURCE"] as const,
});

const AssetTagRef = builder.objectRef<{ key: string; value: string }>("AssetTag").implement({
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

// Every field a plain property of the view (see graphql/assetNodeView.ts).
const AssetLatestInfoRef = builder.objectRef<AssetLatestInfo>("AssetLatestInfo").implement({
  fields: (t) => ({
    state: t.expose("state", { type: AssetMaterializationState }),
    lastMaterializationTimestamp: t.exposeString("lastMaterializationTimestamp", { nullable: true }),
    lastMaterializationRunId: t.exposeString("lastMaterializationRunId", { nullable: true }),
    lastFailureTimestamp: t.exposeString("lastFailureTimestamp", { nullable: true }),
    lastFailureRunId: t.exposeString("lastFailureRunId", { nullable: true }),
    lastFailureMessage: t.exposeString("lastFailureMessage", {
      nullable: true,
      description: "Why the latest failed attempt failed, when it was reported from outside Strata.",
    }),
  }),
});

export const AssetNodeRef = builder.objectRef<AssetNodeView>("AssetNode").implement({
  fields: (t) => ({
    // The fields every list of assets reads are properties of the view (see graphql/assetNodeView.ts).
    id: t.exposeID("id"),
    assetKey: t.expose("assetKey", { type: AssetKeyRef }),
    groupName: t.exposeString("groupName"),
    description: t.string({ nullable: true, resolve: (r) => r.node.description }),
    owners: t.exposeStringList("owners"),
    kinds: t.exposeStringList("kinds"),
    tags: t.expose("tags", { type: [AssetTagRef] }),
    metadataEntries: t.field({ type: [MetadataEntryRef], resolve: (r) => toMetadataEntries(r.node.metadata) }),
    codeVersion: t.string({ nullable: true, resolve: (r) => r.node.codeVersion }),
    isSource: t.exposeBoolean("isSource"),
    codeLocationName: t.exposeString("codeLocationName"),
    dependencyKeys: t.expose("dependencyKeys", { type: [AssetKeyRef] }),
    dependedByKeys: t.field({
      type: [AssetKeyRef],
      resolve: (r, _args, ctx) =>
        withAssetNodeIndex(ctx, (index) =>
          index.graph.downstream(r.key).map((k) => index.byKey.get(k)?.assetKey ?? assetKeyOf(k)),
        ),
    }),
    assetLatestInfo: t.expose("assetLatestInfo", { type: AssetLatestInfoRef }),
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
    description:
      "Asset nodes of every loaded code location, optionally narrowed by a selection such as `group:analytics` or `+fact_events`.",
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
      return (
        (await ctx.assetNodeIndex()).byKey.get(key) ?? {
          message: `No asset with key "${key}" is defined in any loaded code location.`,
        }
      );
    },
  }),
}));
