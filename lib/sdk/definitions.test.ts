import { describe, expect, it } from "vitest";
import { asset } from "./asset";
import { Definitions, defineDefinitions, isDefinitions } from "./definitions";
import { InvalidDefinitionsError } from "./errors";
import { externalAsset } from "./externalAsset";
import { problemsOf } from "./problemsOf.testing";
import { toDefinitionsSnapshot } from "./snapshot";

const source = externalAsset<string[]>({ key: "source", group: "ingest" });
const raw = asset({ key: "raw_events", ins: { source }, group: "ingest", compute: ({ source }) => source.length });
const fact = asset({ key: "analytics/fact_events", ins: { raw }, group: "analytics", compute: ({ raw }) => raw * 2 });

describe("defineDefinitions", () => {
  it("finds definitions by key in either form", () => {
    const defs = defineDefinitions({ assets: [fact, raw, source] });
    expect(defs.assets).toEqual([fact, raw, source]);
    expect(defs.getAsset("analytics/fact_events")).toBe(fact);
    expect(defs.getAsset(["analytics", "fact_events"])).toBe(fact);
    expect(defs.getAsset("missing")).toBeUndefined();
    expect(defs.graph.topologicalOrder()).toEqual(["source", "raw_events", "analytics/fact_events"]);
    expect(isDefinitions(defs)).toBe(true);
    expect(isDefinitions({ assets: [] })).toBe(false);
    expect(defs).toBeInstanceOf(Definitions);
    expect({ assets: [], getAsset: () => undefined }).not.toBeInstanceOf(Definitions);
    expect(Object.isFrozen(defs)).toBe(true);
  });

  it("rejects duplicate keys, saying how many times each appears", () => {
    const again = asset({ key: "raw_events", compute: () => 0 });
    const third = asset({ key: "raw_events", compute: () => 0 });
    expect(problemsOf(() => defineDefinitions({ assets: [source, raw, again, third, fact] }))).toEqual([
      'Asset key "raw_events" is defined 3 times; each asset key must be unique within a code location.',
    ]);
  });

  it("rejects a dependency on an unknown key and suggests a similar existing key", () => {
    const typo = asset({ key: "daily", deps: ["analytics/fact_event"], compute: () => 0 });
    expect(problemsOf(() => defineDefinitions({ assets: [source, raw, fact, typo] }))).toEqual([
      'Asset "daily" depends on "analytics/fact_event", which is not defined in this code location. Did you mean "analytics/fact_events"?',
    ]);
  });

  it("suggests a key with the same last segment when a prefix was forgotten", () => {
    const noPrefix = asset({ key: "weekly", deps: ["fact_events"], compute: () => 0 });
    expect(problemsOf(() => defineDefinitions({ assets: [source, raw, fact, noPrefix] }))).toEqual([
      'Asset "weekly" depends on "fact_events", which is not defined in this code location. Did you mean "analytics/fact_events"?',
    ]);
  });

  it("says how to fix an unknown dependency with no similar key, including a definition left out of assets", () => {
    expect(problemsOf(() => defineDefinitions({ assets: [raw, fact] }))).toEqual([
      'Asset "raw_events" depends on "source", which is not defined in this code location. Add the asset that produces it to defineDefinitions({ assets }), or remove the dependency.',
    ]);
  });

  it("rejects a cycle, printing its path", () => {
    const a = asset({ key: "a", deps: ["c"], compute: () => 0 });
    const b = asset({ key: "b", deps: [a], compute: () => 0 });
    const c = asset({ key: "c", deps: [b], compute: () => 0 });
    const error = (() => {
      try {
        defineDefinitions({ assets: [c, b, a] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDefinitionsError);
    expect((error as Error).message).toBe(
      "Invalid definitions: Assets form a dependency cycle: a → b → c → a. An asset cannot depend on itself, directly or through other assets; remove one of these dependencies.",
    );
  });

  it("rejects an asset that depends on itself", () => {
    const self = asset({ key: "self", deps: ["self"], compute: () => 0 });
    expect(problemsOf(() => defineDefinitions({ assets: [self] }))[0]).toMatch("self → self");
  });

  it("rejects entries that are not definitions made by asset() or externalAsset()", () => {
    const lookalike = { ...raw };
    const problems = problemsOf(() => defineDefinitions({ assets: [undefined as never, lookalike, source] }));
    expect(problems).toEqual([
      "assets[0] is undefined, not an asset definition; pass values returned by asset() or externalAsset() (a circular import can leave one undefined).",
      "assets[1] is an object, not an asset definition; pass values returned by asset() or externalAsset() (a circular import can leave one undefined).",
    ]);
  });

  it("lists every problem at once", () => {
    const dupe = asset({ key: "source", compute: () => 0 });
    const lost = asset({ key: "lost", deps: ["nowhere"], compute: () => 0 });
    const error = (() => {
      try {
        defineDefinitions({ assets: [source, dupe, lost] });
      } catch (caught) {
        return caught as InvalidDefinitionsError;
      }
    })();
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toMatch(/^Invalid definitions \(2 problems\):\n {2}- Asset key "source" is defined 2 times/);
  });
});

describe("toDefinitionsSnapshot", () => {
  it("sorts assets by key and is identical whatever order assets were given in", () => {
    const forward = toDefinitionsSnapshot(defineDefinitions({ assets: [source, raw, fact] }));
    const backward = toDefinitionsSnapshot(defineDefinitions({ assets: [fact, raw, source] }));
    expect(JSON.stringify(forward)).toBe(JSON.stringify(backward));
    expect(forward.assets.map((a) => a.key.join("/"))).toEqual(["analytics/fact_events", "raw_events", "source"]);
  });

  it("describes each asset without functions", () => {
    const snapshot = toDefinitionsSnapshot(defineDefinitions({ assets: [source, raw, fact] }));
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.assets[1]).toEqual({
      key: ["raw_events"],
      groupName: "ingest",
      description: null,
      owners: [],
      tags: {},
      kinds: [],
      metadata: {},
      codeVersion: null,
      isSource: false,
      dependencyKeys: [["source"]],
    });
    expect(snapshot.assets[2]).toMatchObject({ key: ["source"], isSource: true, dependencyKeys: [] });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
