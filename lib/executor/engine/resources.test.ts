import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { asset } from "../../sdk/asset";
import { defineDefinitions } from "../../sdk/definitions";
import { InvalidDefinitionsError } from "../../sdk/errors";
import { externalAsset } from "../../sdk/externalAsset";
import { env, resource } from "../../sdk/resource";
import { executeAssets } from "./executeAssets";
import { checkResources } from "./resources";

afterEach(() => {
  vi.unstubAllEnvs();
});

interface Warehouse {
  query(sql: string): string;
  closed: boolean;
}

function warehouseResource(log: string[]) {
  return resource({
    config: z.object({ host: z.string(), password: z.string(), port: z.coerce.number().default(5432) }),
    values: { host: "warehouse.internal", password: env("WAREHOUSE_PASSWORD"), port: env("WAREHOUSE_PORT") },
    setup: ({ host, port, password }): Warehouse => {
      log.push(`setup ${host}:${port} (${password.length} chars)`);
      return { query: (sql) => `${host}:${port} ran ${sql}`, closed: false };
    },
    teardown: (warehouse) => {
      warehouse.closed = true;
      log.push("teardown");
    },
  });
}

describe("resources", () => {
  it("names a missing environment variable before any step starts", async () => {
    vi.stubEnv("WAREHOUSE_PASSWORD", undefined);
    vi.stubEnv("WAREHOUSE_PORT", "5433");
    const warehouse = warehouseResource([]);
    const a = asset({
      key: "a",
      resources: { warehouse },
      compute: (_i, ctx) => ctx.resources.warehouse.query("select 1"),
    });
    const definitions = defineDefinitions({ assets: [a], resources: { warehouse } });
    expect(checkResources(definitions, ["a"])).toEqual({
      ok: false,
      errors: ['Resource "warehouse" needs environment variable WAREHOUSE_PASSWORD, which is not set.'],
    });
    let events = 0;
    await expect(
      executeAssets({ definitions, assetKeys: ["a"], runId: "r", onEvent: () => void events++ }),
    ).rejects.toThrow("WAREHOUSE_PASSWORD");
    expect(events).toBe(0);
  });

  it("reports invalid resource config by field", () => {
    vi.stubEnv("WAREHOUSE_PASSWORD", "secret");
    vi.stubEnv("WAREHOUSE_PORT", "not-a-port");
    const warehouse = warehouseResource([]);
    const a = asset({ key: "a", resources: ["warehouse"], compute: () => 1 });
    const result = checkResources(defineDefinitions({ assets: [a], resources: { warehouse } }), ["a"]);
    expect(!result.ok && result.errors[0]).toMatch(/^Resource "warehouse" config field "port": /);
  });

  it("sets a resource up once per run from env values, shares it between steps and tears it down at the end", async () => {
    vi.stubEnv("WAREHOUSE_PASSWORD", "secret");
    vi.stubEnv("WAREHOUSE_PORT", "6000");
    const log: string[] = [];
    const warehouse = warehouseResource(log);
    let seen: Warehouse | undefined;
    const a = asset({
      key: "a",
      resources: { warehouse },
      compute: (_i, ctx) => {
        seen = ctx.resources.warehouse;
        return ctx.resources.warehouse.query("a");
      },
    });
    const b = asset({
      key: "b",
      ins: { a },
      resources: { warehouse },
      compute: ({ a }, ctx) => `${a}; ${ctx.resources.warehouse.query("b")}`,
    });
    const unused = asset({ key: "unused", compute: () => 0 });
    const definitions = defineDefinitions({ assets: [a, b, unused], resources: { warehouse } });
    const result = await executeAssets({ definitions, assetKeys: ["a", "b"], runId: "r" });
    expect(result.outputs.get("b")).toBe("warehouse.internal:6000 ran a; warehouse.internal:6000 ran b");
    expect(log).toEqual(["setup warehouse.internal:6000 (6 chars)", "teardown"]);
    expect(seen?.closed).toBe(true);
  });

  it("lets a run swap a resource for a plain value, skipping its env checks", async () => {
    vi.stubEnv("WAREHOUSE_PASSWORD", undefined);
    const warehouse = warehouseResource([]);
    const a = asset({
      key: "a",
      resources: { warehouse },
      compute: (_i, ctx) => ctx.resources.warehouse.query("select 1"),
    });
    const definitions = defineDefinitions({ assets: [a], resources: { warehouse } });
    const fake: Warehouse = { query: (sql) => `fake ran ${sql}`, closed: false };
    expect(checkResources(definitions, ["a"], { warehouse: fake })).toEqual({ ok: true });
    const result = await executeAssets({ definitions, assetKeys: ["a"], runId: "r", resources: { warehouse: fake } });
    expect(result.outputs.get("a")).toBe("fake ran select 1");
  });

  it("fails only the steps that need a resource whose setup throws", async () => {
    const flaky = resource({
      setup: (): string => {
        throw new Error("connection refused");
      },
    });
    const needs = asset({ key: "needs", resources: ["flaky"], compute: () => 1 });
    const independent = asset({ key: "independent", compute: () => 2 });
    const events: string[] = [];
    const result = await executeAssets({
      definitions: defineDefinitions({ assets: [needs, independent], resources: { flaky } }),
      assetKeys: ["needs", "independent"],
      runId: "r",
      onEvent: (event) => void (event.type === "STEP_FAILURE" && events.push(event.error.message)),
    });
    expect(result.stepStatuses).toEqual({ independent: "SUCCESS", needs: "FAILURE" });
    expect(events).toEqual(['Resource "flaky" failed to set up: connection refused']);
  });

  it("rejects an asset using a resource the definitions do not have, naming the asset", () => {
    const a = asset({ key: "analytics/a", resources: ["warehose"], compute: () => 1 });
    expect(() => defineDefinitions({ assets: [a], resources: { warehouse: 1 } })).toThrow(InvalidDefinitionsError);
    expect(() => defineDefinitions({ assets: [a], resources: { warehouse: 1 } })).toThrow(
      'Asset "analytics/a" uses resource "warehose", which is not defined in this code location. Did you mean "warehouse"?',
    );
  });
});

describe("resources of external assets read as inputs", () => {
  it("are checked too, since their load() runs inside the downstream step", async () => {
    vi.stubEnv("CRM_TOKEN", undefined);
    const crm = resource({
      config: z.object({ token: z.string() }),
      values: { token: env("CRM_TOKEN") },
      setup: ({ token }) => token,
    });
    const profiles = externalAsset({ key: "profiles", resources: ["crm"], load: (ctx) => [String(ctx.resources.crm)] });
    const joined = asset({ key: "joined", ins: { profiles }, compute: ({ profiles }) => profiles });
    const definitions = defineDefinitions({ assets: [profiles, joined], resources: { crm } });
    expect(checkResources(definitions, ["joined"])).toEqual({
      ok: false,
      errors: ['Resource "crm" needs environment variable CRM_TOKEN, which is not set.'],
    });
    vi.stubEnv("CRM_TOKEN", "t0k3n");
    const result = await executeAssets({ definitions, assetKeys: ["joined"], runId: "r" });
    expect(result.outputs.get("joined")).toEqual(["t0k3n"]);
  });
});
