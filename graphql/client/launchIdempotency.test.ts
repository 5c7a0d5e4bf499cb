import { MutationObserver, QueryClient, type UseMutationResult } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "./fetchGraphQL";
import { keyEachLaunch, newIdempotencyKey, retryLaunch, type WithIdempotencyKey } from "./launchIdempotency";

type Input = { selection: string; idempotencyKey?: string | null };

/** A launch mutation driven by TanStack Query's own observer, failing its first attempts as a dropped connection does. */
function flakyLaunch(failures: number) {
  const keys: string[] = [];
  const observer = new MutationObserver<string, Error, WithIdempotencyKey<Input>>(new QueryClient(), {
    mutationFn: async (input) => {
      keys.push(input.idempotencyKey);
      if (keys.length <= failures) throw new GraphQLRequestError("Could not reach the Strata server.", [], null);
      return "launched";
    },
    retry: retryLaunch,
    retryDelay: 0,
  });
  const mutation = {
    mutate: (v: WithIdempotencyKey<Input>) => void observer.mutate(v).catch(() => {}),
    mutateAsync: (v: WithIdempotencyKey<Input>) => observer.mutate(v),
  };
  return {
    launch: keyEachLaunch(mutation as unknown as UseMutationResult<string, Error, WithIdempotencyKey<Input>, unknown>),
    keys,
  };
}

describe("keyEachLaunch", () => {
  it("retries a dropped launch with the key of its click, and gives the next click a new key", async () => {
    const { launch, keys } = flakyLaunch(1);
    await expect(launch.mutateAsync({ selection: "raw_events" })).resolves.toBe("launched");
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    await launch.mutateAsync({ selection: "raw_events" });
    expect(keys[2]).not.toBe(keys[0]);
  });

  it("keeps a key the caller gave", async () => {
    const { launch, keys } = flakyLaunch(0);
    await launch.mutateAsync({ selection: "raw_events", idempotencyKey: "mine" });
    expect(keys).toEqual(["mine"]);
  });
});

describe("retryLaunch", () => {
  it("retries transport and server failures twice, never a GraphQL answer", () => {
    expect(retryLaunch(0, new GraphQLRequestError("down", [], null))).toBe(true);
    expect(retryLaunch(1, new GraphQLRequestError("bad gateway", [], 502))).toBe(true);
    expect(retryLaunch(2, new GraphQLRequestError("down", [], null))).toBe(false);
    expect(retryLaunch(0, new GraphQLRequestError("Unknown argument", [{ message: "Unknown argument" }], 400))).toBe(
      false,
    );
    expect(retryLaunch(0, new Error("bug"))).toBe(false);
  });
});

describe("newIdempotencyKey", () => {
  it("draws keys the API accepts", () => {
    expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9._:-]{1,200}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
