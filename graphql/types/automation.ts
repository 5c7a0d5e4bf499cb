// Declarative automation on the API: an asset's automation condition and the daemon's kept evaluations of it.
import "server-only";
import type { AutomationConditionSnapshot } from "../../lib/core/automation";
import { type AutomationEvaluationRecord, listAutomationEvaluations } from "../../lib/store/automationStates";
import { builder } from "../builder";
import { AssetNodeRef } from "./assetNode";

const AutomationConditionRef = builder.objectRef<AutomationConditionSnapshot>("AutomationCondition").implement({
  fields: (t) => ({
    type: t.string({ description: "eager, on_cron or on_missing.", resolve: (c) => c.type }),
    cronSchedule: t.string({ nullable: true, resolve: (c) => (c.type === "on_cron" ? c.cron : null) }),
    cronScheduleTimezone: t.string({ nullable: true, resolve: (c) => (c.type === "on_cron" ? c.timezone : null) }),
    label: t.string({
      description: "The condition in words.",
      resolve: (c) =>
        c.type === "eager"
          ? "Eager: when any upstream has new data"
          : c.type === "on_missing"
            ? "On missing: once, when never materialized"
            : `On cron: at each tick of "${c.cron}" (${c.timezone})`,
    }),
  }),
});

const AutomationEvaluationRef = builder.objectRef<AutomationEvaluationRecord>("AutomationEvaluation").implement({
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    evaluatedAt: t.string({ resolve: (e) => e.evaluatedAt.toISOString() }),
    requested: t.exposeBoolean("requested"),
    reasons: t.stringList({ resolve: (e) => e.reasons }),
    runId: t.exposeString("runId", { nullable: true }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  automatedAssetNodes: t.field({
    type: [AssetNodeRef],
    description: "The asset nodes that have an automation condition, in the graph's order.",
    resolve: async (_root, _args, ctx) =>
      (await ctx.assetNodeIndex()).records.filter((record) => record.node.automationCondition),
  }),
}));

builder.objectFields(AssetNodeRef, (t) => ({
  automationCondition: t.field({
    type: AutomationConditionRef,
    nullable: true,
    resolve: (r) => r.node.automationCondition ?? null,
  }),
  automationEvaluations: t.field({
    type: [AutomationEvaluationRef],
    description: "The daemon's evaluations worth keeping (requests, and changes in its reasons), newest first.",
    args: { limit: t.arg.int() },
    resolve: (r, { limit }, ctx) =>
      listAutomationEvaluations(ctx.db, r.node.key.join("/"), Math.min(Math.max(limit ?? 20, 1), 200)),
  }),
}));
