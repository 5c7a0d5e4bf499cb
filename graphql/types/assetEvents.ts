// reportAssetEvents: materializations, observations, check results and failed attempts reported from outside Strata,
// in the shape the REST endpoint (POST /api/v1/asset-events) and `strata report` take.
import "server-only";
import { GraphQLScalarType, valueFromASTUntyped } from "graphql";
import { MAX_REPORTED_EVENTS } from "../../lib/core/assetEvents/assetEventReport";
import {
  REPORT_PERMISSION,
  type ReportAssetEventsResult,
  reportAssetEvents,
} from "../../lib/orchestration/assetEvents/reportAssetEvents";
import { UnauthorizedError } from "../authorization";
import { builder } from "../builder";
import { AssetCheckSeverity } from "./assetCheck";
import { AssetKeyInput, AssetKeyRef, assetKeyOf } from "./assetKey";
import { AssetNodeRef } from "./assetNode";

builder.addScalarType(
  "JSON",
  new GraphQLScalarType({
    name: "JSON",
    description: "Any JSON value.",
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
  }),
);

builder.objectField(AssetNodeRef, "observeIntervalMinutes", (t) =>
  t.float({
    nullable: true,
    description: "Observable sources: minutes between the observations the daemon launches; null otherwise.",
    resolve: (r) => r.node.observeIntervalMinutes ?? null,
  }),
);

const AssetEventReportType = builder.enumType("AssetEventReportType", {
  values: {
    MATERIALIZATION: { value: "materialization", description: "The asset's data was written." },
    OBSERVATION: {
      value: "observation",
      description: "The data was looked at; a new data version marks downstream assets unsynced.",
    },
    CHECK: { value: "check", description: "A data quality check on the asset passed or failed." },
    FAILURE: { value: "failure", description: "An attempt to write the asset failed." },
  } as const,
});

const AssetCheckResultInput = builder.inputType("AssetCheckResultInput", {
  fields: (t) => ({
    name: t.string({
      required: true,
      description: "A check the asset defines; any name for assets no code location defines.",
    }),
    passed: t.boolean({ required: true }),
    severity: t.field({
      type: AssetCheckSeverity,
      description: "The check's own severity (else ERROR) when left out.",
    }),
    description: t.string(),
  }),
});

const AssetEventReportInput = builder.inputType("AssetEventReportInput", {
  description: "One event, as POST /api/v1/asset-events takes it.",
  fields: (t) => ({
    type: t.field({ type: AssetEventReportType, required: true }),
    assetKey: t.field({ type: AssetKeyInput, required: true, description: "Any asset key, defined or not." }),
    partition: t.string({
      description: "A partition of the asset: required for a partitioned asset's materialization or failure.",
    }),
    dataVersion: t.string({ description: "A version of the data (materializations and observations)." }),
    metadata: t.field({
      type: "JSON",
      description:
        'Label → a plain JSON value (string, number, boolean, object) or a typed value such as { "type": "url", "value": "https://…" }.',
    }),
    timestamp: t.string({
      description: "When it happened (ISO 8601 with a zone); now when left out. Not in the future.",
    }),
    description: t.string({ description: "Shown with the event; a failure's reason." }),
    check: t.field({ type: AssetCheckResultInput, description: "The result, for CHECK events." }),
  }),
});

type SuccessValue = Extract<ReportAssetEventsResult, { kind: "success" }>;
type InvalidValue = Extract<ReportAssetEventsResult, { kind: "invalid" }>;

const ReportAssetEventsSuccess = builder.objectRef<SuccessValue>("ReportAssetEventsSuccess").implement({
  fields: (t) => ({
    count: t.int({ resolve: (r) => r.eventIds.length }),
    eventIds: t.stringList({
      description: "The recorded events' ids, in the order reported.",
      resolve: (r) => r.eventIds.map(String),
    }),
    unknownAssetKeys: t.field({
      type: [AssetKeyRef],
      description: "Reported keys no loaded code location defines; their events were recorded all the same.",
      resolve: (r) => r.unknownAssetKeys.map(assetKeyOf),
    }),
  }),
});

const AssetEventProblemRef = builder.objectRef<{ path: string; message: string }>("AssetEventProblem").implement({
  fields: (t) => ({
    path: t.exposeString("path", { description: "The field, e.g. events[3].partition." }),
    message: t.exposeString("message"),
  }),
});

const InvalidAssetEventsError = builder.objectRef<InvalidValue>("InvalidAssetEventsError").implement({
  description: "Some events were refused; nothing of the report was recorded.",
  fields: (t) => ({
    message: t.exposeString("message"),
    problems: t.field({ type: [AssetEventProblemRef], resolve: (e) => e.problems }),
  }),
});

const ReportAssetEventsResultRef = builder.unionType("ReportAssetEventsResult", {
  types: [ReportAssetEventsSuccess, InvalidAssetEventsError, UnauthorizedError],
  resolveType: (value) => {
    const kind = (value as { kind: string }).kind;
    return kind === "success"
      ? ReportAssetEventsSuccess
      : kind === "invalid"
        ? InvalidAssetEventsError
        : UnauthorizedError;
  },
});

builder.mutationFields((t) => ({
  reportAssetEvents: t.field({
    type: ReportAssetEventsResultRef,
    description: `Records asset events that happened outside Strata, for any asset key; at most ${MAX_REPORTED_EVENTS}, all or nothing.`,
    args: { events: t.arg({ type: [AssetEventReportInput], required: true }) },
    resolve: async (_root, { events }, ctx) => {
      // The GraphQL input in the REST shape, so the one parser checks both.
      const body = {
        events: events.map((event) =>
          Object.fromEntries(
            Object.entries({
              ...event,
              assetKey: event.assetKey.path,
              check: event.check
                ? Object.fromEntries(Object.entries(event.check).filter(([, value]) => value != null))
                : event.check,
            }).filter(([, value]) => value != null),
          ),
        ),
      };
      const result = await reportAssetEvents(ctx.db, { body, principal: await ctx.principal() });
      return result.kind === "unauthorized" ? { ...result, permission: REPORT_PERMISSION } : result;
    },
  }),
}));
