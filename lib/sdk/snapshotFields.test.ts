import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asset } from "./asset";
import { defineDefinitions } from "./definitions";
import { InvalidDefinitionsError } from "./errors";
import { meta } from "./metadata";
import { env, resource } from "./resource";
import { toAssetNodeSnapshot, toDefinitionsSnapshot } from "./snapshot";

const warehouse = resource({
  config: z.object({ password: z.string() }),
  values: { password: env("WAREHOUSE_PASSWORD") },
  setup: ({ password }) => password.length,
});

describe("snapshot fields for retries, config and resources", () => {
  it("records them only when an asset uses them, so older snapshots are unchanged", () => {
    const plain = asset({ key: "plain", compute: () => 1 });
    const node = toAssetNodeSnapshot(plain);
    expect("retryPolicy" in node || "configJsonSchema" in node || "resourceKeys" in node).toBe(false);
  });

  it("records the retry policy, config JSON Schema and resource keys deterministically, without secrets", () => {
    const build = () =>
      asset({
        key: "loaded",
        retryPolicy: { maxRetries: 2, delayMs: 100, backoff: "exponential" },
        config: z.object({ limit: z.number().default(10), table: z.string() }),
        resources: { warehouse },
        metadata: { columns: meta.tableSchema([{ name: "id", type: "int", description: "primary key" }]) },
        compute: () => 1,
      });
    const snapshot = () =>
      JSON.stringify(toDefinitionsSnapshot(defineDefinitions({ assets: [build()], resources: { warehouse } })));
    expect(snapshot()).toBe(snapshot());
    const node = toAssetNodeSnapshot(build());
    expect(node.retryPolicy).toEqual({ maxRetries: 2, delayMs: 100, backoff: "exponential" });
    expect(node.resourceKeys).toEqual(["warehouse"]);
    expect(node.configJsonSchema).toMatchObject({ type: "object", required: ["table"] });
    expect(node.metadata.columns).toEqual({
      type: "table_schema",
      value: { columns: [{ name: "id", type: "int", description: "primary key" }] },
    });
    expect(snapshot()).not.toContain("WAREHOUSE_PASSWORD");
  });

  it("rejects a config that is not a zod object and an unknown IO manager name, naming the asset", () => {
    // @ts-expect-error config must be a zod object schema
    expect(() => asset({ key: "bad_config", config: { limit: 10 }, compute: () => 1 })).toThrow(
      'Asset "bad_config": config must be a zod object schema',
    );
    const stored = asset({ key: "stored", ioManager: "fles", compute: () => 1 });
    const define = () =>
      defineDefinitions({ assets: [stored], ioManagers: { files: { handleOutput: () => {}, loadInput: () => null } } });
    expect(define).toThrow(InvalidDefinitionsError);
    expect(define).toThrow(
      'Asset "stored" stores its value with IO manager "fles", which is not defined in this code location. Did you mean "files"?',
    );
  });

  it("builds table previews from records, stringifying cells that are not scalars", () => {
    const preview = meta.tablePreview(
      [{ id: 1, tags: ["a"], at: new Date("2024-01-01T00:00:00Z"), missing: undefined }, { id: 2 }],
      { limit: 1 },
    );
    expect(preview).toEqual({
      type: "table_preview",
      value: { columns: null, records: [{ id: 1, tags: '["a"]', at: "2024-01-01T00:00:00.000Z", missing: null }] },
    });
    expect(() => meta.tableSchema([{ name: "", type: "int" }])).toThrow(/column 0 needs a non-empty string name/);
  });
});
