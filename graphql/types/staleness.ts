// Staleness on the API (Dagster's staleStatus and staleCauses): whether an asset reflects its current code and the
// latest data of its upstream assets, and each reason it does not.
import "server-only";
import type { StaleCauseShape } from "../assetNodeView";
import { builder } from "../builder";
import { AssetKeyRef } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

const StaleStatusEnum = builder.enumType("StaleStatus", { values: ["UP_TO_DATE", "STALE", "MISSING"] as const });

const StaleCauseRef = builder.objectRef<StaleCauseShape>("StaleCause").implement({
  fields: (t) => ({
    key: t.expose("key", { type: AssetKeyRef, description: "The asset the cause is about." }),
    reason: t.exposeString("reason"),
  }),
});

// Computed once per asset and request by the view (graphql/assetNodeView.ts), which both fields read.
builder.objectFields(AssetNodeRef, (t) => ({
  staleStatus: t.expose("staleStatus", { type: StaleStatusEnum }),
  staleCauses: t.expose("staleCauses", { type: [StaleCauseRef] }),
}));
