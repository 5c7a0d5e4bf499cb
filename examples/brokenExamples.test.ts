import { describe, expect, it } from "vitest";
import { InvalidDefinitionsError } from "../lib/sdk";

describe("broken example code locations", () => {
  it("broken-cycle fails to load, naming the cycle", async () => {
    const error: unknown = await import("./broken-cycle/definitions").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidDefinitionsError);
    expect((error as InvalidDefinitionsError).problems).toEqual([
      "Assets form a dependency cycle: a → b → c → a. An asset cannot depend on itself, directly or through other assets; remove one of these dependencies.",
    ]);
  });

  it("broken-unknown-dep fails to load, naming the asset, the missing key and a likely fix", async () => {
    const error: unknown = await import("./broken-unknown-dep/definitions").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidDefinitionsError);
    expect((error as InvalidDefinitionsError).problems).toEqual([
      'Asset "order_summary" depends on "raw_order", which is not defined in this code location. Did you mean "raw_orders"?',
      'Asset "revenue" depends on "finance/exchange_rates", which is not defined in this code location. Add the asset that produces it to defineDefinitions({ assets }), or remove the dependency.',
    ]);
  });
});
