import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asset } from "../../sdk/asset";
import { defineDefinitions } from "../../sdk/definitions";
import { resource } from "../../sdk/resource";
import { executeAssets } from "./executeAssets";
import { resolveRunConfig, validateRunConfig } from "./runConfig";

const warehouse = resource({
  config: z.object({ schema: z.string(), rows: z.number().int().default(10) }),
  values: { schema: "prod" },
  setup: ({ schema, rows }) => `${schema}:${rows}`,
});
const rawEvents = asset({
  key: "raw_events",
  config: z.object({ eventCount: z.number().int().min(1).default(2000), source: z.string() }),
  compute: (_i, ctx) => `${ctx.config.source}:${ctx.config.eventCount}`,
});
const summary = asset({
  key: "analytics/summary",
  ins: { rawEvents },
  resources: ["warehouse"],
  compute: ({ rawEvents }, ctx) => `${rawEvents}@${ctx.resources.warehouse}`,
});
const definitions = defineDefinitions({ assets: [rawEvents, summary], resources: { warehouse } });

describe("validateRunConfig", () => {
  it("accepts valid config and applies defaults", () => {
    const config = { ops: { raw_events: { config: { source: "s3" } } } };
    expect(validateRunConfig(definitions, ["raw_events"], config)).toEqual({ ok: true });
    const resolved = resolveRunConfig(definitions, ["raw_events", "analytics/summary"], config);
    expect(resolved.ok && Object.fromEntries(resolved.configs)).toEqual({
      raw_events: { eventCount: 2000, source: "s3" },
      "analytics/summary": {},
    });
  });

  it("names the path of missing required config", () => {
    expect(validateRunConfig(definitions, ["raw_events"], {})).toEqual({
      ok: false,
      errors: [{ path: ["ops"], message: "required field is missing" }],
    });
    expect(validateRunConfig(definitions, ["raw_events"], { ops: { raw_events: { config: {} } } })).toEqual({
      ok: false,
      errors: [{ path: ["ops", "raw_events", "config", "source"], message: "required field is missing" }],
    });
  });

  it("names the path and reason of an invalid value", () => {
    const result = validateRunConfig(definitions, ["raw_events"], {
      ops: { raw_events: { config: { source: "s3", eventCount: 0 } } },
    });
    expect(!result.ok && result.errors).toEqual([
      { path: ["ops", "raw_events", "config", "eventCount"], message: "must be >= 1, got 0" },
    ]);
  });

  it("treats config for unselected or config-less assets as errors", () => {
    const result = validateRunConfig(definitions, ["raw_events", "analytics/summary"], {
      ops: {
        raw_event: { config: { source: "s3" } },
        raw_events: { config: { source: "s3" } },
        "analytics/summary": { config: { limit: 3 } },
      },
    });
    expect(!result.ok && result.errors).toEqual([
      { path: ["ops", "raw_event"], message: '"raw_event" is not an asset of this run; did you mean "raw_events"?' },
      {
        path: ["ops", "analytics/summary", "config"],
        message: 'asset "analytics/summary" takes no config; remove this entry',
      },
    ]);
  });

  it("is checked before any step starts, and the parsed config reaches ctx.config", async () => {
    let started = false;
    const run = executeAssets({
      definitions,
      assetKeys: ["raw_events"],
      runId: "r",
      runConfig: { ops: { raw_events: { config: { eventCount: "many" } } } },
      onEvent: () => void (started = true),
    });
    await expect(run).rejects.toThrow("ops.raw_events.config.source: required field is missing");
    await expect(run).rejects.toThrow('ops.raw_events.config.eventCount: expected integer, got "many"');
    expect(started).toBe(false);
    const result = await executeAssets({
      definitions,
      assetKeys: ["raw_events"],
      runId: "r",
      runConfig: { ops: { raw_events: { config: { source: "api" } } } },
    });
    expect(result.outputs.get("raw_events")).toBe("api:2000");
  });

  it("lays a resource's run config over the values it was defined with", async () => {
    const config = {
      ops: { raw_events: { config: { source: "api" } } },
      resources: { warehouse: { config: { rows: 3 } } },
    };
    const result = await executeAssets({
      definitions,
      assetKeys: ["raw_events", "analytics/summary"],
      runId: "r",
      runConfig: config,
      captureOutputs: true,
    });
    expect(result.outputs.get("analytics/summary")).toBe("api:2000@prod:3");
    const bad = validateRunConfig(definitions, ["analytics/summary"], {
      resources: { warehouse: { config: { rows: "x" } } },
    });
    expect(!bad.ok && bad.errors).toEqual([
      { path: ["resources", "warehouse", "config", "rows"], message: 'expected integer, got "x"' },
    ]);
  });

  it("exposes the config's JSON Schema, with defaulted fields optional", async () => {
    const { toAssetNodeSnapshot } = await import("../../sdk/snapshot");
    expect(toAssetNodeSnapshot(rawEvents).configJsonSchema).toMatchObject({
      type: "object",
      properties: { eventCount: { type: "integer", minimum: 1, default: 2000 }, source: { type: "string" } },
      required: ["source"],
    });
  });
});
