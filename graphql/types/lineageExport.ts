// The OpenLineage export's outbox on the API: how many events wait, went out or were given up, and the latest given
// up with its error. Read like the instance's processes; the transport itself (and its API key) stays in the daemon.
import "server-only";
import { type LineageExportStatus, readLineageExportStatus } from "../../lib/store/lineageOutbox";
import { builder } from "../builder";

type LastFailure = NonNullable<LineageExportStatus["lastFailure"]>;

const LineageExportFailureRef = builder.objectRef<LastFailure>("LineageExportFailure").implement({
  description: "An OpenLineage event the daemon gave up sending.",
  fields: (t) => ({
    runId: t.exposeString("runId"),
    stepKey: t.exposeString("stepKey"),
    eventType: t.exposeString("eventType", { description: "START, COMPLETE, FAIL or ABORT." }),
    error: t.exposeString("error"),
    at: t.string({ description: "When it was given up.", resolve: (f) => f.at.toISOString() }),
  }),
});

const LineageExportStatusRef = builder.objectRef<LineageExportStatus>("LineageExportStatus").implement({
  description: "OpenLineage events of asset steps in the daemon's outbox (sent and given-up ones are kept 7 days).",
  fields: (t) => ({
    pending: t.exposeInt("pending", { description: "Queued or waiting for a retry." }),
    sent: t.exposeInt("sent"),
    failed: t.exposeInt("failed", { description: "Given up after the last attempt." }),
    lastFailure: t.field({ type: LineageExportFailureRef, nullable: true, resolve: (s) => s.lastFailure }),
  }),
});

builder.queryFields((t) => ({
  lineageExport: t.field({
    type: LineageExportStatusRef,
    description: "The OpenLineage export's outbox; all zero when strata.config.ts sends no lineage.",
    resolve: (_root, _args, ctx) => readLineageExportStatus(ctx.db),
  }),
}));
