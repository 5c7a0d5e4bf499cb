// Testing a schedule or sensor on the API (Dagster's names): testSchedule and testSensor evaluate now and answer with
// the run requests a tick would make, launching nothing. Mutations, because a sensor test runs user code: they need
// the same permission as turning the schedule or sensor on or off.
import "server-only";
import { evaluateSensorInProcess } from "../../lib/executor/evaluateSensor";
import {
  type ScheduleTestEvaluation,
  type SensorTestEvaluation,
  type TestProblem,
  type TestRunRequest,
  testScheduleEvaluation,
  testSensorEvaluation,
} from "../../lib/orchestration/automation/testEvaluations";
import { refusal, UnauthorizedError, type UnauthorizedValue } from "../authorization";
import { builder } from "../builder";
import { RunTagRef } from "./run";

const TestRunRequestRef = builder.objectRef<TestRunRequest>("TestRunRequest").implement({
  description: "A run an evaluation would launch.",
  fields: (t) => ({
    runKey: t.exposeString("runKey", { nullable: true }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    tags: t.field({
      type: [RunTagRef],
      resolve: (r) => Object.entries(r.tags).map(([key, value]) => ({ key, value })),
    }),
    runConfigYaml: t.exposeString("runConfigYaml", { nullable: true }),
  }),
});

const ScheduleTestEvaluationRef = builder.objectRef<ScheduleTestEvaluation>("ScheduleTestEvaluation").implement({
  description: "What a schedule's tick would launch; nothing was launched or recorded.",
  fields: (t) => ({
    tickTime: t.string({
      description: "The cron tick evaluated: the latest at or before the time asked for.",
      resolve: (e) => e.tickTime.toISOString(),
    }),
    runRequests: t.field({ type: [TestRunRequestRef], resolve: (e) => e.runRequests }),
    skipReason: t.exposeString("skipReason", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
  }),
});

const SensorTestEvaluationRef = builder.objectRef<SensorTestEvaluation>("SensorTestEvaluation").implement({
  description: "What a sensor's evaluation would launch; nothing was launched, recorded, or moved.",
  fields: (t) => ({
    runRequests: t.field({ type: [TestRunRequestRef], resolve: (e) => e.runRequests }),
    cursor: t.exposeString("cursor", { nullable: true, description: "The cursor the evaluation would keep." }),
    skipReason: t.exposeString("skipReason", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    logs: t.stringList({ resolve: (e) => e.logs }),
  }),
});

const InstigatorNotFoundErrorRef = builder
  .objectRef<Extract<TestProblem, { kind: "notFound" }>>("InstigatorNotFoundError")
  .implement({
    description: "No schedule or sensor of that name in that code location.",
    fields: (t) => ({ message: t.exposeString("message") }),
  });

const InvalidTestInputErrorRef = builder
  .objectRef<Extract<TestProblem, { kind: "invalidInput" }>>("InvalidTestInputError")
  .implement({
    description: "An argument out of range or malformed: `field` names it.",
    fields: (t) => ({ field: t.exposeString("field"), message: t.exposeString("message") }),
  });

type Problem = TestProblem | UnauthorizedValue;

const problemType = (value: Problem) =>
  value.kind === "notFound"
    ? InstigatorNotFoundErrorRef
    : value.kind === "invalidInput"
      ? InvalidTestInputErrorRef
      : UnauthorizedError;

const ScheduleTestResult = builder.unionType("ScheduleTestResult", {
  types: [ScheduleTestEvaluationRef, InstigatorNotFoundErrorRef, InvalidTestInputErrorRef, UnauthorizedError],
  resolveType: (value: ScheduleTestEvaluation | Problem) =>
    value.kind === "evaluated" ? ScheduleTestEvaluationRef : problemType(value),
});

const SensorTestResult = builder.unionType("SensorTestResult", {
  types: [SensorTestEvaluationRef, InstigatorNotFoundErrorRef, InvalidTestInputErrorRef, UnauthorizedError],
  resolveType: (value: SensorTestEvaluation | Problem) =>
    value.kind === "evaluated" ? SensorTestEvaluationRef : problemType(value),
});

builder.mutationFields((t) => ({
  testSchedule: t.field({
    type: ScheduleTestResult,
    description:
      "Evaluates a schedule's tick at tickTime (the latest cron time at or before it; default now, within five years) and returns the runs it would request. Launches nothing and records no tick. Needs EDIT_SCHEDULES.",
    args: {
      codeLocationName: t.arg.string({ required: true }),
      scheduleName: t.arg.string({ required: true }),
      tickTime: t.arg.string({ description: "ISO 8601." }),
    },
    resolve: async (_root, args, ctx) =>
      (await refusal(ctx, "EDIT_SCHEDULES")) ?? testScheduleEvaluation(ctx.db, { ...args, now: new Date() }),
  }),
  testSensor: t.field({
    type: SensorTestResult,
    description:
      "Evaluates a sensor now from cursor (default its kept cursor; at most 4096 characters), running a custom sensor's function, and returns the runs it would request and the cursor it would keep. Launches nothing, records no tick and leaves the cursor. Needs EDIT_SENSORS.",
    args: {
      codeLocationName: t.arg.string({ required: true }),
      sensorName: t.arg.string({ required: true }),
      cursor: t.arg.string({ description: "Omit for the sensor's kept cursor; null to start as a fresh sensor." }),
    },
    resolve: async (_root, args, ctx) =>
      (await refusal(ctx, "EDIT_SENSORS")) ??
      testSensorEvaluation(ctx.db, { ...args, now: new Date() }, evaluateSensorInProcess),
  }),
}));
