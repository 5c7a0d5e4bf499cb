// Asset checks on the API: each asset's checks with their latest execution, a check's execution history
// (Dagster's assetCheckExecutions), and the latest status of every check for graph and catalog badges.
import "server-only";
import { createGraphQLError } from "graphql-yoga";
import type { AssetCheckRecord, CheckExecutionRecord } from "../../lib/store/assetChecks";
import { listCheckExecutions, readAllCheckStatuses, readAssetChecks } from "../../lib/store/assetChecks";
import { builder } from "../builder";
import { AssetKeyInput, AssetKeyRef, assetKeyOf } from "./assetKey";
import { AssetNodeRef } from "./assetNode";
import { MetadataEntryRef, toMetadataEntries } from "./metadataEntry";

export const AssetCheckSeverity = builder.enumType("AssetCheckSeverity", { values: ["WARN", "ERROR"] as const });
const AssetCheckExecutionStatus = builder.enumType("AssetCheckExecutionResolvedStatus", {
  values: ["IN_PROGRESS", "SUCCEEDED", "FAILED", "ERRORED", "SKIPPED"] as const,
});

const AssetCheckExecutionRef = builder.objectRef<CheckExecutionRecord>("AssetCheckExecution").implement({
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    checkName: t.exposeString("checkName"),
    runId: t.exposeString("runId", { nullable: true }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    status: t.field({ type: AssetCheckExecutionStatus, resolve: (e) => e.status }),
    severity: t.field({ type: AssetCheckSeverity, resolve: (e) => e.severity }),
    blocking: t.exposeBoolean("blocking"),
    description: t.string({
      nullable: true,
      description: "What the check reported about this evaluation.",
      resolve: (e) => e.message,
    }),
    metadataEntries: t.field({ type: [MetadataEntryRef], resolve: (e) => toMetadataEntries(e.metadata) }),
    timestamp: t.string({ resolve: (e) => e.timestamp.toISOString() }),
  }),
});

const AssetCheckRef = builder.objectRef<AssetCheckRecord>("AssetCheck").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    assetKey: t.field({ type: AssetKeyRef, resolve: (c) => assetKeyOf(c.assetKey) }),
    description: t.exposeString("description", { nullable: true }),
    severity: t.field({ type: AssetCheckSeverity, resolve: (c) => c.severity }),
    blocking: t.exposeBoolean("blocking"),
    latestExecution: t.field({ type: AssetCheckExecutionRef, nullable: true, resolve: (c) => c.latestExecution }),
  }),
});

const AssetCheckStatusRef = builder
  .objectRef<{
    assetKey: string;
    checkName: string;
    status: CheckExecutionRecord["status"];
    severity: "WARN" | "ERROR";
  }>("AssetCheckLatestStatus")
  .implement({
    fields: (t) => ({
      assetKey: t.field({ type: AssetKeyRef, resolve: (s) => assetKeyOf(s.assetKey) }),
      checkName: t.exposeString("checkName"),
      status: t.field({ type: AssetCheckExecutionStatus, resolve: (s) => s.status }),
      severity: t.field({ type: AssetCheckSeverity, resolve: (s) => s.severity }),
    }),
  });

builder.objectField(AssetNodeRef, "assetChecks", (t) =>
  t.field({
    type: [AssetCheckRef],
    description: "The asset's checks with their latest execution.",
    resolve: (record, _args, ctx) => readAssetChecks(ctx.db, record.checks),
  }),
);

builder.objectField(AssetNodeRef, "checkNames", (t) =>
  t.stringList({
    description: "The names of the asset's checks, without their executions: for lists that only count them.",
    resolve: (record) => record.checks.map((check) => check.name),
  }),
);

const MAX_PAGE = 200;

builder.queryFields((t) => ({
  assetCheckExecutions: t.field({
    type: [AssetCheckExecutionRef],
    description: "One check's executions, newest first; pass the last id as cursor for the next page.",
    args: {
      assetKey: t.arg({ type: AssetKeyInput, required: true }),
      checkName: t.arg.string({ required: true }),
      limit: t.arg.int(),
      cursor: t.arg.string(),
    },
    resolve: (_root, { assetKey, checkName, limit, cursor }, ctx) => {
      const pageSize = limit ?? 25;
      if (pageSize < 1 || pageSize > MAX_PAGE)
        throw createGraphQLError(`limit must be between 1 and ${MAX_PAGE}, got ${pageSize}.`);
      // Ids are Postgres bigints: a longer number would make the query itself fail.
      if (cursor && !/^\d{1,18}$/.test(cursor)) throw createGraphQLError(`cursor "${cursor}" is not an execution id.`);
      return listCheckExecutions(ctx.db, assetKey.path.join("/"), checkName, pageSize, cursor ? BigInt(cursor) : null);
    },
  }),
  assetCheckLatestStatuses: t.field({
    type: [AssetCheckStatusRef],
    description: "The latest status of every check that has run, for badges in the graph and the catalog.",
    resolve: (_root, _args, ctx) => readAllCheckStatuses(ctx.db),
  }),
}));
