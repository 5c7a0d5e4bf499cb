// Sensors on the API (Dagster's names): sensorsOrError, sensorOrError with its cursor and ticks, and the startSensor /
// stopSensor / setSensorCursor mutations. An unknown sensor, location or malformed cursor is a union member.
import "server-only";
import { codeLocationExists } from "../../lib/store/codeLocations";
import {
  findSensor,
  listSensors,
  nextEvaluationAt,
  type SensorCursorResult,
  type SensorRecord,
  setSensorCursor,
  startSensor,
  stopSensor,
} from "../../lib/store/sensorStates";
import { audit, refusal, UnauthorizedError, type UnauthorizedValue } from "../authorization";
import { builder } from "../builder";
import type { GraphQLContext } from "../context";
import { AssetKeyRef, assetKeyOf } from "./assetKey";
import { CodeLocationNotFoundError } from "./codeLocation";
import { PartitionsDefinitionRef } from "./partitions";
import { RunStatusEnum } from "./run";
import { InstigatorStatusEnum, TickRef, tickPage } from "./tick";

const SensorTypeEnum = builder.enumType("SensorType", {
  description:
    "CUSTOM sensors run their own evaluate function; ASSET sensors follow an asset's materializations; RUN_STATUS sensors react to runs ending.",
  values: ["CUSTOM", "ASSET", "RUN_STATUS"] as const,
});

const SENSOR_TYPES = { custom: "CUSTOM", asset: "ASSET", run_status: "RUN_STATUS" } as const;

export const SensorRef = builder.objectRef<SensorRecord>("Sensor").implement({
  fields: (t) => ({
    id: t.id({ resolve: (s) => `${s.codeLocationName}:${s.name}` }),
    name: t.exposeString("name"),
    codeLocationName: t.exposeString("codeLocationName"),
    description: t.exposeString("description", { nullable: true }),
    sensorType: t.field({ type: SensorTypeEnum, resolve: (s) => SENSOR_TYPES[s.type] }),
    status: t.field({
      type: InstigatorStatusEnum,
      description: "Toggled on or off, or the default status until someone toggles it.",
      resolve: (s) => s.status,
    }),
    defaultStatus: t.field({ type: InstigatorStatusEnum, resolve: (s) => s.defaultStatus }),
    minimumIntervalSeconds: t.exposeInt("minimumIntervalSeconds", {
      description: "The least time between two evaluations.",
    }),
    cursor: t.exposeString("cursor", {
      nullable: true,
      description:
        "What the next evaluation starts from: an event id for ASSET and RUN_STATUS sensors, whatever a CUSTOM sensor returned. Null before the first evaluation or once cleared.",
    }),
    jobName: t.exposeString("jobName", {
      nullable: true,
      description: "The job its run requests launch (CUSTOM and ASSET sensors).",
    }),
    selection: t.exposeString("selection", {
      nullable: true,
      description: "The selection its run requests launch when it targets no job.",
    }),
    assetKeys: t.field({
      type: [AssetKeyRef],
      description: "What its run requests materialize, in dependency order; empty for RUN_STATUS sensors.",
      resolve: (s) => s.assetKeys.map((key) => assetKeyOf(key)),
    }),
    partitionsDefinition: t.field({
      type: PartitionsDefinitionRef,
      nullable: true,
      resolve: (s) => s.partitionsDefinition ?? null,
    }),
    monitoredAssetKey: t.field({
      type: AssetKeyRef,
      nullable: true,
      description: "The asset an ASSET sensor watches.",
      resolve: (s) => (s.monitoredAssetKey ? assetKeyOf(s.monitoredAssetKey) : null),
    }),
    runStatus: t.field({
      type: RunStatusEnum,
      nullable: true,
      description: "The status a RUN_STATUS sensor reacts to.",
      resolve: (s) => s.runStatus ?? null,
    }),
    monitoredJobName: t.string({
      nullable: true,
      description: "The job whose runs a RUN_STATUS sensor watches.",
      resolve: (s) => s.monitoredJobName ?? null,
    }),
    monitoredAssetKeys: t.field({
      type: [AssetKeyRef],
      nullable: true,
      description:
        "The assets whose runs a RUN_STATUS sensor watches (its job's, when it watches a job); null when it watches every run.",
      resolve: (s) => s.monitoredAssetKeys?.map((key) => assetKeyOf(key)) ?? null,
    }),
    ticks: t.field({
      type: [TickRef],
      description: "Past evaluations, newest first; pass the last id as cursor for the next page.",
      args: { limit: t.arg.int({ defaultValue: 25 }), cursor: t.arg.string() },
      resolve: (s, args, ctx) => tickPage(ctx.db, s.codeLocationName, s.name, args),
    }),
    lastTick: t.field({ type: TickRef, nullable: true, resolve: (s) => s.lastTick }),
    nextEvaluationAt: t.string({
      nullable: true,
      description: "When the daemon evaluates it next, at the earliest (ISO 8601); null while it is stopped.",
      resolve: (s) => nextEvaluationAt(s, new Date())?.toISOString() ?? null,
    }),
  }),
});

const SensorsRef = builder.objectRef<{ results: SensorRecord[] }>("Sensors").implement({
  fields: (t) => ({ results: t.field({ type: [SensorRef], resolve: (s) => s.results }) }),
});

const SensorNotFoundError = builder.objectRef<{ kind: "notFound"; message: string }>("SensorNotFoundError").implement({
  fields: (t) => ({ message: t.exposeString("message") }),
});

const InvalidSensorCursorError = builder
  .objectRef<{ kind: "invalidCursor"; message: string }>("InvalidSensorCursorError")
  .implement({
    description: "The cursor does not fit the sensor: ASSET and RUN_STATUS sensors keep an event id there.",
    fields: (t) => ({ message: t.exposeString("message") }),
  });

type SensorAnswer = SensorRecord | Exclude<SensorCursorResult, { kind: "success" }>;

const isSensor = (value: SensorAnswer | UnauthorizedValue): value is SensorRecord => !("kind" in value);
const answer = <R extends SensorCursorResult>(result: R): SensorRecord | Exclude<R, { kind: "success" }> =>
  result.kind === "success" ? result.sensor : (result as Exclude<R, { kind: "success" }>);

const SensorsOrError = builder.unionType("SensorsOrError", {
  types: [SensorsRef, CodeLocationNotFoundError],
  resolveType: (value) => ("results" in value ? SensorsRef : CodeLocationNotFoundError),
});

const SensorOrError = builder.unionType("SensorOrError", {
  types: [SensorRef, SensorNotFoundError],
  resolveType: (value: SensorAnswer) => (isSensor(value) ? SensorRef : SensorNotFoundError),
});

const SetSensorCursorResult = builder.unionType("SetSensorCursorResult", {
  types: [SensorRef, SensorNotFoundError, InvalidSensorCursorError, UnauthorizedError],
  resolveType: (value: SensorAnswer | UnauthorizedValue) =>
    isSensor(value)
      ? SensorRef
      : value.kind === "notFound"
        ? SensorNotFoundError
        : value.kind === "unauthorized"
          ? UnauthorizedError
          : InvalidSensorCursorError,
});

const SensorMutationResult = builder.unionType("SensorMutationResult", {
  types: [SensorRef, SensorNotFoundError, UnauthorizedError],
  resolveType: (value: SensorAnswer | UnauthorizedValue) =>
    isSensor(value) ? SensorRef : value.kind === "unauthorized" ? UnauthorizedError : SensorNotFoundError,
});

/** Turns a sensor on or off for an Editor, noting who did in the audit log. */
async function toggleSensor(ctx: GraphQLContext, codeLocationName: string, sensorName: string, on: boolean) {
  const refused = await refusal(ctx, "EDIT_SENSORS");
  if (refused) return refused;
  const result = await (on ? startSensor : stopSensor)(ctx.db, codeLocationName, sensorName);
  if (result.kind === "success")
    await audit(ctx, { action: on ? "sensor.start" : "sensor.stop", target: `${codeLocationName}/${sensorName}` });
  return answer(result);
}

builder.queryFields((t) => ({
  sensorsOrError: t.field({
    type: SensorsOrError,
    description: "Every sensor of the loaded code locations, or of one of them.",
    args: { codeLocationName: t.arg.string() },
    resolve: async (_root, { codeLocationName }, ctx) => {
      if (codeLocationName && !(await codeLocationExists(ctx.db, codeLocationName))) {
        return { message: `No code location named "${codeLocationName}". Code locations come from strata.config.ts.` };
      }
      return { results: await listSensors(ctx.db, codeLocationName) };
    },
  }),
  sensorOrError: t.field({
    type: SensorOrError,
    args: { codeLocationName: t.arg.string({ required: true }), sensorName: t.arg.string({ required: true }) },
    resolve: async (_root, { codeLocationName, sensorName }, ctx) =>
      (await findSensor(ctx.db, codeLocationName, sensorName)) ?? {
        kind: "notFound" as const,
        message: `No sensor named "${sensorName}" is defined in code location "${codeLocationName}".`,
      },
  }),
}));

builder.mutationFields((t) => ({
  startSensor: t.field({
    type: SensorMutationResult,
    description: "Turns a sensor on. It keeps its cursor, so one turned on again picks up the events since it stopped.",
    args: { codeLocationName: t.arg.string({ required: true }), sensorName: t.arg.string({ required: true }) },
    resolve: (_root, { codeLocationName, sensorName }, ctx) => toggleSensor(ctx, codeLocationName, sensorName, true),
  }),
  stopSensor: t.field({
    type: SensorMutationResult,
    args: { codeLocationName: t.arg.string({ required: true }), sensorName: t.arg.string({ required: true }) },
    resolve: (_root, { codeLocationName, sensorName }, ctx) => toggleSensor(ctx, codeLocationName, sensorName, false),
  }),
  setSensorCursor: t.field({
    type: SetSensorCursorResult,
    description:
      "Replaces a sensor's cursor, or clears it (null). For ASSET and RUN_STATUS sensors an earlier event id replays the events after it, a later one skips events, and clearing starts from the latest event.",
    args: {
      codeLocationName: t.arg.string({ required: true }),
      sensorName: t.arg.string({ required: true }),
      cursor: t.arg.string(),
    },
    resolve: async (_root, { codeLocationName, sensorName, cursor }, ctx) => {
      const refused = await refusal(ctx, "EDIT_SENSOR_CURSORS");
      if (refused) return refused;
      const result = await setSensorCursor(ctx.db, codeLocationName, sensorName, cursor ?? null);
      if (result.kind === "success")
        await audit(ctx, {
          action: "sensor.cursor",
          target: `${codeLocationName}/${sensorName}`,
          details: { cursor: cursor ?? null },
        });
      return answer(result);
    },
  }),
}));
