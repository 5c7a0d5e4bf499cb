// --tag options: reserved strata/* keys are refused before anything loads.
import { describe, expect, it } from "vitest";
import { parseTagArgs } from "./launchArgs";

describe("parseTagArgs", () => {
  it("reads key=value tags and refuses reserved strata/* keys, naming the tag", () => {
    expect(parseTagArgs(["team=growth", "strata/max_concurrent_steps=2"])).toEqual({
      ok: true,
      value: [
        { key: "team", value: "growth" },
        { key: "strata/max_concurrent_steps", value: "2" },
      ],
    });
    expect(parseTagArgs(["strata/backfill=abcdefgh"])).toEqual({
      ok: false,
      message: expect.stringContaining("--tag strata/backfill: strata/* tags are reserved"),
    });
  });
});
