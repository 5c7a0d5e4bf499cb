// Freshness on the API: an asset's freshness policy and how it stands against it now (FRESH, WARN or STALE).
import "server-only";
import type { FreshnessPolicySnapshot, FreshnessState } from "../../lib/core/freshness";
import { builder } from "../builder";
import { AssetNodeRef } from "./assetNode";

const FreshnessStatusEnum = builder.enumType("FreshnessStatus", { values: ["FRESH", "WARN", "STALE"] as const });

const FreshnessPolicyRef = builder.objectRef<FreshnessPolicySnapshot>("FreshnessPolicy").implement({
  fields: (t) => ({
    maximumLagMinutes: t.float({ resolve: (p) => p.maximumLagMinutes }),
    warnAfterMinutes: t.float({ nullable: true, resolve: (p) => p.warnAfterMinutes ?? null }),
    cronSchedule: t.string({ nullable: true, resolve: (p) => p.cron ?? null }),
    cronScheduleTimezone: t.string({ nullable: true, resolve: (p) => (p.cron ? (p.timezone ?? "UTC") : null) }),
  }),
});

const FreshnessInfoRef = builder.objectRef<FreshnessState>("AssetFreshnessInfo").implement({
  fields: (t) => ({
    status: t.field({ type: FreshnessStatusEnum, resolve: (f) => f.status }),
    lagMinutes: t.float({
      nullable: true,
      description: "Minutes since the last materialization.",
      resolve: (f) => f.lagMinutes,
    }),
    minutesLate: t.float({
      description: "How far past its allowance the asset is; 0 while fresh.",
      resolve: (f) => f.minutesLate,
    }),
    deadline: t.string({
      nullable: true,
      description: "For cron policies, the tick it is judged against.",
      resolve: (f) => f.deadline?.toISOString() ?? null,
    }),
    reason: t.exposeString("reason"),
  }),
});

builder.objectFields(AssetNodeRef, (t) => ({
  freshnessPolicy: t.field({
    type: FreshnessPolicyRef,
    nullable: true,
    resolve: (r) => r.node.freshnessPolicy ?? null,
  }),
  // Evaluated once per asset and request by the view (graphql/assetNodeView.ts).
  freshnessInfo: t.expose("freshnessInfo", {
    type: FreshnessInfoRef,
    nullable: true,
    description: "How the asset stands against its freshness policy now; null without a policy.",
  }),
}));
