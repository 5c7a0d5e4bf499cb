// Asset checks in the engine: evaluated after their asset materializes, blocking ERROR failures skip what is
// downstream (with the reason), WARN failures and passing checks do not, and checks can run on stored values alone.
import { describe, expect, it } from "vitest";
import { asset } from "../../sdk/asset";
import { check } from "../../sdk/check";
import { defineDefinitions } from "../../sdk/definitions";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import type { ExecutionEvent } from "./events";
import { executeAssets } from "./executeAssets";

const rows = asset({
  key: "rows",
  compute: () => [
    { id: 1, user: 7 },
    { id: 2, user: null as number | null },
  ],
});
const summary = asset({ key: "summary", ins: { rows }, compute: ({ rows }) => rows.length });
const report = asset({ key: "report", ins: { summary }, compute: ({ summary }) => `rows: ${summary}` });
const sideline = asset({ key: "sideline", compute: () => "independent" });

const noNullUsers = check({
  asset: rows,
  name: "no_null_users",
  blocking: true,
  compute: (values) => {
    const missing = values.filter((row) => row.user === null).length;
    return {
      passed: missing === 0,
      description: `${missing} of ${values.length} rows have no user`,
      metadata: { missing },
    };
  },
});
const enoughRows = check({
  asset: rows,
  name: "enough_rows",
  severity: "WARN",
  blocking: true,
  compute: (values) => values.length >= 10,
});
const throws = check({
  asset: sideline,
  name: "throws",
  compute: () => {
    throw new Error("lookup failed");
  },
});

async function run(
  definitions: ReturnType<typeof defineDefinitions>,
  assetKeys: string[],
  options: { checksOnly?: boolean; io?: ReturnType<typeof inMemoryIOManager> } = {},
) {
  const events: ExecutionEvent[] = [];
  const result = await executeAssets({
    definitions,
    assetKeys,
    runId: "r1",
    ioManager: options.io,
    checksOnly: options.checksOnly,
    onEvent: (event) => void events.push(event),
  });
  return { result, events };
}

describe("asset checks", () => {
  it("a failing blocking ERROR check skips the assets downstream, saying which check", async () => {
    const definitions = defineDefinitions({
      assets: [rows, summary, report, sideline],
      checks: [noNullUsers, enoughRows],
    });
    const { result, events } = await run(definitions, ["rows", "summary", "report", "sideline"]);
    expect(result.stepStatuses).toEqual({
      rows: "SUCCESS",
      summary: "SKIPPED",
      report: "SKIPPED",
      sideline: "SUCCESS",
    });
    expect(result.success).toBe(false);
    const evaluations = events.flatMap((e) =>
      e.type === "ASSET_CHECK_EVALUATION" ? [[e.checkName, e.status, e.severity, e.description]] : [],
    );
    expect(evaluations).toEqual([
      ["no_null_users", "FAILED", "ERROR", "1 of 2 rows have no user"],
      ["enough_rows", "FAILED", "WARN", null],
    ]);
    const skips = events.flatMap((e) => (e.type === "STEP_SKIPPED" ? [[e.stepKey, e.reason]] : []));
    expect(skips).toEqual([
      ["summary", 'Blocking check "no_null_users" on asset "rows" failed.'],
      ["report", 'Blocking check "no_null_users" on asset "rows" failed (via "summary").'],
    ]);
    // The checks run after the materialization and before the step reports success.
    const order = events.filter((e) => e.stepKey === "rows").map((e) => e.type);
    expect(order).toEqual([
      "STEP_START",
      "ASSET_MATERIALIZATION",
      "ASSET_CHECK_EVALUATION",
      "ASSET_CHECK_EVALUATION",
      "STEP_SUCCESS",
    ]);
  });

  it("a failing WARN check, even blocking, lets downstream assets run", async () => {
    const definitions = defineDefinitions({ assets: [rows, summary], checks: [enoughRows] });
    const { result } = await run(definitions, ["rows", "summary"]);
    expect(result.stepStatuses).toEqual({ rows: "SUCCESS", summary: "SUCCESS" });
    expect(result.success).toBe(true);
  });

  it("records a check that throws as errored without failing its asset's step", async () => {
    const definitions = defineDefinitions({ assets: [sideline], checks: [throws] });
    const { result, events } = await run(definitions, ["sideline"]);
    expect(result.stepStatuses.sideline).toBe("SUCCESS");
    const evaluation = events.find((e) => e.type === "ASSET_CHECK_EVALUATION");
    expect(evaluation).toMatchObject({ status: "ERRORED", description: "The check threw: lookup failed" });
  });

  it("runs checks alone on the stored value, without materializing", async () => {
    const io = inMemoryIOManager();
    const fixed = asset({ key: "rows", compute: () => [{ id: 1, user: 7 }] });
    await run(defineDefinitions({ assets: [fixed] }), ["rows"], { io });
    const definitions = defineDefinitions({ assets: [rows], checks: [noNullUsers] });
    const { result, events } = await run(definitions, ["rows"], { io, checksOnly: true });
    expect(result.stepStatuses.rows).toBe("SUCCESS");
    expect(events.some((e) => e.type === "ASSET_MATERIALIZATION")).toBe(false);
    expect(events.find((e) => e.type === "ASSET_CHECK_EVALUATION")).toMatchObject({
      checkName: "no_null_users",
      status: "SUCCEEDED",
      description: "0 of 1 rows have no user",
    });
  });

  it("rejects checks on assets the location does not define, or defined twice", async () => {
    const { problemsOf } = await import("../../sdk/problemsOf.testing");
    expect(problemsOf(() => defineDefinitions({ assets: [sideline], checks: [noNullUsers, noNullUsers] }))).toEqual([
      'Check "no_null_users" on asset "rows": the asset is not in this code location; add it to defineDefinitions({ assets }).',
      'Check "no_null_users" on asset "rows": the asset is not in this code location; add it to defineDefinitions({ assets }).',
      'Check "no_null_users" on asset "rows" is defined twice; each check of an asset needs its own name.',
    ]);
  });
});
