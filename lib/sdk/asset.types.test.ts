// Type-level checks that upstream output types flow into compute's inputs (checked by tsc; vitest runs the asserts).
import { describe, expect, expectTypeOf, it } from "vitest";
import { asset } from "./asset";
import type { AssetDefinition, AssetOutputOf } from "./assetDefinition";
import { externalAsset } from "./externalAsset";

interface RawEvent {
  id: string;
  userId: number;
}

const rawEvents = asset({ key: "raw_events", compute: (): RawEvent[] => [{ id: "e1", userId: 1 }] });
const asyncCount = asset({ key: "async_count", compute: async () => 42 });
const profiles = externalAsset<{ userId: number; name: string }[]>({ key: "profiles" });
const loadedProfiles = externalAsset({ key: "loaded_profiles", load: () => new Map<number, string>() });

describe("typed ins", () => {
  it("infers each input's type from the upstream's compute or load", () => {
    const joined = asset({
      key: "joined",
      ins: { rawEvents, asyncCount, profiles, loadedProfiles },
      compute: ({ rawEvents, asyncCount, profiles, loadedProfiles }, ctx) => {
        expectTypeOf(rawEvents).toEqualTypeOf<RawEvent[]>();
        expectTypeOf(asyncCount).toEqualTypeOf<number>();
        expectTypeOf(profiles).toEqualTypeOf<{ userId: number; name: string }[]>();
        expectTypeOf(loadedProfiles).toEqualTypeOf<Map<number, string>>();
        expectTypeOf(ctx.partitionKey).toEqualTypeOf<string | null>();
        expectTypeOf(ctx.partitionKeys).toEqualTypeOf<string[]>();
        expectTypeOf(ctx.partitionKeyRange).toEqualTypeOf<{ start: string; end: string } | null>();
        expectTypeOf(ctx.partitionTimeWindow).toEqualTypeOf<{ start: Date; end: Date } | null>();
        expectTypeOf(ctx.partitionDimensionKeys).toEqualTypeOf<Record<string, string> | null>();
        return rawEvents.map((event) => event.id);
      },
    });
    expectTypeOf(joined).toEqualTypeOf<AssetDefinition<string[]>>();
    expectTypeOf<AssetOutputOf<typeof asyncCount>>().toEqualTypeOf<number>();
    expect(joined.dependencyKeys).toEqual([["raw_events"], ["async_count"], ["profiles"], ["loaded_profiles"]]);
  });

  it("rejects wiring mistakes at compile time", () => {
    expect(() =>
      asset({
        key: "misuse",
        ins: { rawEvents },
        // @ts-expect-error rawEvents is RawEvent[], which has no toUpperCase
        compute: ({ rawEvents }) => rawEvents.toUpperCase(),
      }),
    ).not.toThrow();
    asset({
      key: "missing_input",
      ins: { rawEvents },
      // @ts-expect-error there is no input named profiles
      compute: ({ profiles }) => profiles,
    });
    // @ts-expect-error ins values must be asset definitions
    expect(() => asset({ key: "bad_ins", ins: { rawEvents: "raw_events" }, compute: () => 1 })).toThrow(
      /not an asset definition/,
    );
    // @ts-expect-error compute is required
    expect(() => asset({ key: "no_compute" })).toThrow(/compute must be a function/);
  });
});
