// Type-level checks that config schemas, resources and withMetadata type what compute sees and what downstream gets.
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { asset } from "./asset";
import type { AssetDefinition } from "./assetDefinition";
import { withMetadata } from "./output";
import { resource } from "./resource";

class WarehouseClient {
  query(sql: string): string[] {
    return [sql];
  }
}

const warehouse = resource({ setup: () => new WarehouseClient() });

describe("typed config and resources", () => {
  it("types ctx.config from the zod schema, defaults applied", () => {
    const events = asset({
      key: "events",
      config: z.object({ eventCount: z.number().int().default(2000), label: z.string().optional() }),
      compute: (_inputs, ctx) => {
        expectTypeOf(ctx.config).toEqualTypeOf<{ eventCount: number; label?: string | undefined }>();
        return ctx.config.eventCount;
      },
    });
    expectTypeOf(events).toEqualTypeOf<AssetDefinition<number>>();
    expect(events.configSchema).not.toBeNull();
  });

  it("types ctx.resources from resource definitions, and as unknown from names", () => {
    asset({
      key: "typed",
      resources: { warehouse },
      compute: (_inputs, ctx) => {
        expectTypeOf(ctx.resources.warehouse).toEqualTypeOf<WarehouseClient>();
        // @ts-expect-error only declared resources are there
        return ctx.resources.slack;
      },
    });
    const named = asset({
      key: "named",
      resources: ["warehouse"],
      compute: (_inputs, ctx) => {
        expectTypeOf(ctx.resources.warehouse).toEqualTypeOf<unknown>();
        return 1;
      },
    });
    expect(named.resourceKeys).toEqual(["warehouse"]);
  });

  it("unwraps withMetadata for downstream inputs", () => {
    const rows = asset({ key: "rows", compute: () => withMetadata([1, 2, 3], { row_count: 3 }) });
    expectTypeOf(rows).toEqualTypeOf<AssetDefinition<number[]>>();
    asset({
      key: "sum",
      ins: { rows },
      compute: ({ rows }) => {
        expectTypeOf(rows).toEqualTypeOf<number[]>();
        return rows.reduce((a, b) => a + b, 0);
      },
    });
  });
});
