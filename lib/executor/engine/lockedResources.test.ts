// At execution a resource still gets its real (secret) values, run config overrides the fields it allows, and an
// override of a field it locks fails the run before any step starts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { asset } from "../../sdk/asset";
import { secret } from "../../sdk/config";
import { defineDefinitions } from "../../sdk/definitions";
import { env, resource } from "../../sdk/resource";
import { executeAssets } from "./executeAssets";
import { checkResources } from "./resources";

afterEach(() => vi.unstubAllEnvs());

function definitions(seen: { url: string; schema: string }[]) {
  const warehouse = resource({
    config: z.object({ url: secret(z.string()), schema: z.string() }),
    values: { url: env("WAREHOUSE_URL"), schema: "public" },
    allowConfigOverrides: ["schema"],
    setup: (config) => (seen.push(config), config),
  });
  const facts = asset({
    key: "facts",
    resources: { warehouse },
    compute: (_inputs, ctx) => ctx.resources.warehouse.schema,
  });
  return defineDefinitions({ assets: [facts], resources: { warehouse } });
}

describe("locked and secret resource config at execution", () => {
  it("sets the resource up with the real secret value and the allowed override", async () => {
    vi.stubEnv("WAREHOUSE_URL", "postgresql://u:real@db/warehouse");
    const seen: { url: string; schema: string }[] = [];
    const result = await executeAssets({
      definitions: definitions(seen),
      assetKeys: ["facts"],
      runId: "r1",
      runConfig: { resources: { warehouse: { config: { schema: "scratch" } } } },
    });
    expect(result.success).toBe(true);
    expect(seen).toEqual([{ url: "postgresql://u:real@db/warehouse", schema: "scratch" }]);
  });

  it("refuses an override of a locked field before any step starts", () => {
    vi.stubEnv("WAREHOUSE_URL", "postgresql://u:real@db/warehouse");
    const overrides = new Map([["warehouse", { url: "postgresql://evil/db" }]]);
    expect(checkResources(definitions([]), ["facts"], undefined, overrides)).toEqual({
      ok: false,
      errors: [
        'Resource "warehouse" does not allow run config to override "url" (resources.warehouse.config.url); it is set in code.',
      ],
    });
  });
});
