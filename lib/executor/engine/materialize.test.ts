import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { asset } from "../../sdk/asset";
import { defineDefinitions } from "../../sdk/definitions";
import { filesystemIOManager } from "../../sdk/filesystemIOManager";
import { inMemoryIOManager } from "../../sdk/inMemoryIOManager";
import { ioManager } from "../../sdk/ioManager";
import { meta } from "../../sdk/metadata";
import { resource } from "../../sdk/resource";
import { materialize } from "./materialize";

const numbers = asset({
  key: "numbers",
  config: z.object({ count: z.number().int().min(0).default(3) }),
  compute: (_i, ctx) => {
    const values = Array.from({ length: ctx.config.count }, (_, i) => i + 1);
    ctx.addOutputMetadata({ row_count: values.length, schema: meta.tableSchema([{ name: "n", type: "int" }]) });
    return values;
  },
});
const total = asset({
  key: "stats/total",
  ins: { numbers },
  compute: ({ numbers }) => ({ sum: numbers.reduce((a, b) => a + b, 0) }),
});

describe("materialize", () => {
  it("runs assets in-process and returns typed outputs, events and metadata", async () => {
    const result = await materialize([numbers, total], { runConfig: { ops: { numbers: { config: { count: 4 } } } } });
    expect(result.success).toBe(true);
    const sum = result.outputFor(total);
    expectTypeOf(sum).toEqualTypeOf<{ sum: number }>();
    expect(sum).toEqual({ sum: 10 });
    expect(result.outputFor("numbers")).toEqual([1, 2, 3, 4]);
    expect(result.metadataFor(numbers)).toEqual({
      row_count: { type: "int", value: 4 },
      schema: { type: "table_schema", value: { columns: [{ name: "n", type: "int" }] } },
    });
    expect(result.assetMaterializations.map((event) => event.stepKey)).toEqual(["numbers", "stats/total"]);
    expect(result.events[0]).toMatchObject({ type: "STEP_START", stepKey: "numbers", attempt: 1 });
  });

  it("explains why an asset has no output", async () => {
    const broken = asset({
      key: "broken",
      ins: { numbers },
      compute: (): number => {
        throw new Error("division by zero");
      },
    });
    const result = await materialize([numbers, total, broken], { selection: ["numbers", "broken"] });
    expect(result.success).toBe(false);
    expect(result.errorFor(broken)?.message).toBe("division by zero");
    expect(() => result.outputFor(broken)).toThrow(
      'Asset "broken" produced no output in this run; its step ended FAILURE: division by zero.',
    );
    expect(() => result.outputFor(total)).toThrow(
      'Asset "stats/total" produced no output in this run; it was not in the selection.',
    );
  });

  it("chains runs through a shared IO manager", async () => {
    const io = inMemoryIOManager();
    await materialize([numbers, total], { selection: ["numbers"], ioManager: io });
    const second = await materialize([numbers, total], { selection: ["stats/total"], ioManager: io });
    expect(second.outputFor(total)).toEqual({ sum: 6 });
  });

  it("takes resources for an assets array, so tests can pass fakes", async () => {
    const greeting = asset({
      key: "greeting",
      resources: ["clock"],
      compute: (_i, ctx) => `hello at ${(ctx.resources.clock as { now(): string }).now()}`,
    });
    const result = await materialize([greeting], { resources: { clock: { now: () => "noon" } } });
    expect(result.outputFor(greeting)).toBe("hello at noon");
  });

  it("stores values with the IO manager an asset names, and the definitions' default for the rest", async () => {
    const baseDir = await mkdtemp(path.join(os.tmpdir(), "strata-materialize-"));
    try {
      const stored: string[] = [];
      const audit = ioManager({
        handleOutput: ({ assetKey }) => void stored.push(assetKey.join("/")),
        loadInput: () => [],
      });
      const audited = asset({ key: "audited", ioManager: "audit", compute: () => "secret" });
      const definitions = defineDefinitions({
        assets: [numbers, audited],
        ioManagers: { default: filesystemIOManager({ baseDir }), audit },
      });
      const result = await materialize(definitions);
      expect(result.success).toBe(true);
      expect(stored).toEqual(["audited"]);
      expect(JSON.parse(await readFile(path.join(baseDir, "numbers", "__default.json"), "utf8"))).toEqual([1, 2, 3]);
    } finally {
      await rm(baseDir, { recursive: true, force: true });
    }
  });

  it("tears down resources after the run", async () => {
    const events: string[] = [];
    const counter = resource({
      setup: () => ({ next: () => events.push("used") }),
      teardown: () => void events.push("teardown"),
    });
    const user = asset({ key: "user", resources: { counter }, compute: (_i, ctx) => ctx.resources.counter.next() });
    await materialize(defineDefinitions({ assets: [user], resources: { counter } }));
    expect(events).toEqual(["used", "teardown"]);
  });
});
