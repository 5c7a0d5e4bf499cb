import { describe, expect, it } from "vitest";
import { asset } from "./asset";
import type { AssetExecutionContext } from "./context";
import { InvalidDefinitionsError } from "./errors";
import { externalAsset } from "./externalAsset";
import { meta } from "./metadata";
import { problemsOf } from "./problemsOf.testing";
import { toAssetNodeSnapshot } from "./snapshot";

const context: AssetExecutionContext = {
  runId: "run-1",
  assetKey: ["b"],
  partitionKey: null,
  partitionKeys: [],
  partitionKeyRange: null,
  partitionTimeWindow: null,
  partitionDimensionKeys: null,
  config: {},
  log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  signal: new AbortController().signal,
  resources: {},
  attempt: 1,
  addOutputMetadata: () => {},
};

describe("asset", () => {
  it("normalises options and fills defaults", () => {
    const a = asset({ key: ["warehouse", "a"], compute: () => 1 });
    expect(a).toMatchObject({
      type: "asset",
      key: ["warehouse", "a"],
      keyString: "warehouse/a",
      group: "default",
      description: null,
      owners: [],
      tags: {},
      kinds: [],
      metadata: {},
      codeVersion: null,
      ins: {},
      dependencyKeys: [],
    });
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("records ins then deps as dependencies, once each, in declaration order", () => {
    const a = asset({ key: "a", compute: () => 1 });
    const source = externalAsset<number>({ key: "src/table" });
    const b = asset({
      key: "b",
      ins: { first: a },
      deps: ["x/y", ["z"], source, a],
      compute: ({ first }) => first + 1,
    });
    expect(b.ins).toEqual({ first: ["a"] });
    expect(b.dependencyKeys).toEqual([["a"], ["x", "y"], ["z"], ["src", "table"]]);
  });

  it("runs compute with the inputs and context the executor passes", async () => {
    const a = asset({ key: "a", compute: () => 20 });
    const b = asset({ key: "b", ins: { a }, compute: async ({ a }, ctx) => `${ctx.runId}:${a + 1}` });
    expect(await b.compute({ a: 20 }, context)).toBe("run-1:21");
  });

  it("converts plain metadata values to typed ones", () => {
    const when = new Date("2024-01-02T03:04:05Z");
    const a = asset({
      key: "a",
      metadata: {
        text: "hello",
        count: 3,
        ratio: 0.5,
        flag: false,
        object: { columns: ["a"] },
        list: [1, 2],
        nothing: null,
        skipped: undefined,
        when,
        docs: meta.url("https://example.com"),
        file: meta.path("/tmp/x"),
        notes: meta.markdown("**x**"),
        at: meta.timestamp("2024-01-01T00:00:00Z"),
        blob: meta.json({ a: 1 }),
        looksTyped: { type: "url", value: "plain object" },
      },
      compute: () => 1,
    });
    expect(a.metadata).toEqual({
      text: { type: "text", value: "hello" },
      count: { type: "int", value: 3 },
      ratio: { type: "float", value: 0.5 },
      flag: { type: "bool", value: false },
      object: { type: "json", value: { columns: ["a"] } },
      list: { type: "json", value: [1, 2] },
      nothing: { type: "json", value: null },
      when: { type: "timestamp", value: "2024-01-02T03:04:05.000Z" },
      docs: { type: "url", value: "https://example.com" },
      file: { type: "path", value: "/tmp/x" },
      notes: { type: "markdown", value: "**x**" },
      at: { type: "timestamp", value: "2024-01-01T00:00:00.000Z" },
      blob: { type: "json", value: { a: 1 } },
      looksTyped: { type: "json", value: { type: "url", value: "plain object" } },
    });
  });

  it("copies json metadata, so later changes to the object are not recorded", () => {
    const columns = ["a"];
    const a = asset({ key: "a", metadata: { columns }, compute: () => 1 });
    columns.push("b");
    expect(a.metadata.columns).toEqual({ type: "json", value: ["a"] });
  });

  it("rejects an invalid key, naming it", () => {
    expect(() => asset({ key: "a//b", compute: () => 1 })).toThrow(InvalidDefinitionsError);
    expect(problemsOf(() => asset({ key: "a//b", compute: () => 1 }))).toEqual([
      'Asset key "a//b" has an empty segment at index 1; segments are separated by "/" and must not be empty (e.g. "analytics/fact_events").',
    ]);
  });

  it("rejects a group name with characters other than letters, digits and _", () => {
    expect(problemsOf(() => asset({ key: "a", group: "user events", compute: () => 1 }))).toEqual([
      'Asset "a": group "user events" is invalid; group names may contain only letters, digits and "_" (e.g. "user_events").',
    ]);
    expect(() => externalAsset({ key: "s", group: "bad-group" })).toThrow('group "bad-group" is invalid');
  });

  it("collects every problem of one asset in one error", () => {
    const problems = problemsOf(() =>
      asset({
        key: "a",
        owners: ["bob"],
        tags: { "bad key": "x" },
        kinds: [""],
        metadata: { n: Number.NaN, f: () => 1 },
        deps: ["x//y"],
        codeVersion: "",
        compute: () => 1,
      }),
    );
    expect(problems).toHaveLength(7);
    expect(problems[0]).toBe(
      'Asset "a": owner "bob" is neither an email address nor a team; write "someone@example.com" or "team:analytics".',
    );
    expect(problems).toContain(
      'Asset "a": metadata "n" is NaN, which cannot be stored; use a finite number or a string.',
    );
    expect(problems.join("\n")).toMatch(/metadata "f" is a function/);
    expect(problems.join("\n")).toMatch(/deps\[0\] "x\/\/y" is not a valid asset key/);
  });

  it("explains an undefined input, the usual sign of a circular import", () => {
    const missing = undefined as unknown as ReturnType<typeof asset>;
    expect(() => asset({ key: "b", ins: { missing }, compute: () => 1 })).toThrow(
      'Asset "b": input "missing" is undefined, not an asset definition; pass the value returned by asset() or externalAsset() (a circular import can leave it undefined).',
    );
  });
});

describe("externalAsset", () => {
  it("keeps observe and load for the executor", async () => {
    const source = externalAsset({
      key: "crm/profiles",
      kinds: ["postgres"],
      load: () => [{ id: 1 }],
      observe: () => ({ dataVersion: "v1" }),
    });
    expect(source).toMatchObject({
      type: "external",
      keyString: "crm/profiles",
      group: "default",
      kinds: ["postgres"],
    });
    expect(await source.load?.(context)).toEqual([{ id: 1 }]);
    expect(await source.observe?.(context)).toEqual({ dataVersion: "v1" });
    expect(externalAsset({ key: "bare" })).toMatchObject({ load: null, observe: null, observeIntervalMinutes: null });
  });

  it("observes on an interval only with an observe function and a positive number of minutes", () => {
    const observe = () => ({ dataVersion: "v1" });
    const source = externalAsset({ key: "vendor/prices", observe, observeIntervalMinutes: 15 });
    expect(source.observeIntervalMinutes).toBe(15);
    expect(toAssetNodeSnapshot(source).observeIntervalMinutes).toBe(15);
    expect(toAssetNodeSnapshot(externalAsset({ key: "bare" })).observeIntervalMinutes).toBeUndefined();
    expect(problemsOf(() => externalAsset({ key: "vendor/prices", observeIntervalMinutes: 15 }))).toEqual([
      'Asset "vendor/prices": observeIntervalMinutes needs an observe function to run, e.g. observe: async () => ({ dataVersion: … }).',
    ]);
    expect(problemsOf(() => externalAsset({ key: "vendor/prices", observe, observeIntervalMinutes: 0 }))).toEqual([
      'Asset "vendor/prices": observeIntervalMinutes must be a number of minutes above 0, e.g. 15; got 0.',
    ]);
  });

  it("takes a freshness policy, judged by the materializations reported from outside", () => {
    const orders = externalAsset({ key: "warehouse/orders", freshnessPolicy: { maximumLagMinutes: 26 * 60 } });
    expect(toAssetNodeSnapshot(orders).freshnessPolicy).toEqual({ maximumLagMinutes: 26 * 60 });
    expect(toAssetNodeSnapshot(externalAsset({ key: "bare" })).freshnessPolicy).toBeUndefined();
    expect(
      problemsOf(() => externalAsset({ key: "warehouse/orders", freshnessPolicy: { maximumLagMinutes: -1 } })),
    ).toHaveLength(1);
  });
});
