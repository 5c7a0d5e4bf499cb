import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asset } from "../../sdk/asset";
import { defineDefinitions } from "../../sdk/definitions";
import { executeAssets } from "./executeAssets";
import { resolveRunConfig, validateRunConfig } from "./runConfig";

const rawEvents = asset({
  key: "raw_events",
  config: z.object({ eventCount: z.number().int().min(1).default(2000), source: z.string() }),
  compute: (_i, ctx) => `${ctx.config.source}:${ctx.config.eventCount}`,
});
const summary = asset({ key: "analytics/summary", ins: { rawEvents }, compute: ({ rawEvents }) => rawEvents.length });
const definitions = defineDefinitions({ assets: [rawEvents, summary] });

describe("validateRunConfig", () => {
  it("accepts valid config and applies defaults", () => {
    expect(validateRunConfig(definitions, ["raw_events"], { raw_events: { source: "s3" } })).toEqual({ ok: true });
    const resolved = resolveRunConfig(definitions, ["raw_events", "analytics/summary"], { raw_events: { source: "s3" } });
    expect(resolved.ok && Object.fromEntries(resolved.configs)).toEqual({ raw_events: { eventCount: 2000, source: "s3" }, "analytics/summary": {} });
  });

  it("names the asset and field of missing required config", () => {
    expect(validateRunConfig(definitions, ["raw_events"], {})).toEqual({
      ok: false,
      errors: [{ path: ["raw_events", "source"], message: 'Asset "raw_events" is missing required config field "source" (expected string).' }],
    });
  });

  it("names the asset and field of an invalid value", () => {
    const result = validateRunConfig(definitions, ["raw_events"], { raw_events: { source: "s3", eventCount: 0 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([{ path: ["raw_events", "eventCount"], message: expect.stringMatching(/^Asset "raw_events" config field "eventCount": Too small/) }]);
  });

  it("treats config for unknown, unselected or config-less assets as errors", () => {
    const result = validateRunConfig(definitions, ["raw_events", "analytics/summary"], {
      raw_event: { source: "s3" },
      raw_events: { source: "s3" },
      "analytics/summary": { limit: 3 },
    });
    expect(!result.ok && result.errors).toEqual([
      { path: ["raw_event"], message: 'Run config names "raw_event", which is not an asset in this code location. Did you mean "raw_events"?' },
      { path: ["analytics/summary"], message: 'Asset "analytics/summary" takes no config; remove its entry from the run config.' },
    ]);
    const unselected = validateRunConfig(definitions, ["analytics/summary"], { raw_events: { source: "s3" } });
    expect(!unselected.ok && unselected.errors[0]?.message).toBe('Run config names asset "raw_events", which is not selected in this run; remove its entry or select the asset.');
  });

  it("is checked before any step starts, and the parsed config reaches ctx.config", async () => {
    let started = false;
    const run = executeAssets({ definitions, assetKeys: ["raw_events"], runId: "r", runConfig: { raw_events: { eventCount: "many" } }, onEvent: () => void (started = true) });
    await expect(run).rejects.toThrow('Asset "raw_events" is missing required config field "source"');
    await expect(run).rejects.toThrow('Asset "raw_events" config field "eventCount": Invalid input: expected number, received string');
    expect(started).toBe(false);
    const result = await executeAssets({ definitions, assetKeys: ["raw_events"], runId: "r", runConfig: { raw_events: { source: "api" } } });
    expect(result.outputs.get("raw_events")).toBe("api:2000");
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
