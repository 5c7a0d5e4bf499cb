// Freshness against a clock: FRESH → WARN → STALE by lag, and by cron deadlines in a time zone across DST.
import { describe, expect, it } from "vitest";
import { describeMinutes, evaluateFreshness, freshnessPolicyProblems } from "./freshness";

const at = (iso: string) => new Date(iso);

describe("evaluateFreshness, by lag", () => {
  const policy = { maximumLagMinutes: 24 * 60, warnAfterMinutes: 20 * 60 };
  const materialized = at("2026-03-01T06:00:00Z");

  it("moves from FRESH to WARN to STALE as the clock runs, saying how late", () => {
    expect(evaluateFreshness(policy, materialized, at("2026-03-01T12:00:00Z"))).toMatchObject({
      status: "FRESH",
      lagMinutes: 360,
      minutesLate: 0,
    });
    expect(evaluateFreshness(policy, materialized, at("2026-03-02T03:00:00Z"))).toMatchObject({
      status: "WARN",
      lagMinutes: 21 * 60,
      minutesLate: 0,
    });
    const stale = evaluateFreshness(policy, materialized, at("2026-03-02T07:30:00Z"));
    expect(stale).toMatchObject({ status: "STALE", minutesLate: 90, reason: "Materialized 25.5 h ago; allowed 24 h" });
  });

  it("is stale when the asset never materialized", () => {
    expect(evaluateFreshness(policy, null, at("2026-03-01T00:00:00Z"))).toMatchObject({
      status: "STALE",
      lagMinutes: null,
      reason: "Never materialized; it should be at most 24 h old",
    });
  });
});

describe("evaluateFreshness, by cron deadline", () => {
  // Data for each Berlin morning at 09:00 must be at most 12 h old then.
  const policy = { cron: "0 9 * * *", timezone: "Europe/Berlin", maximumLagMinutes: 12 * 60, warnAfterMinutes: 60 };

  it("judges against the latest tick in the zone: 08:00 UTC in winter, 07:00 UTC in summer", () => {
    const winter = evaluateFreshness(policy, at("2026-03-27T22:00:00Z"), at("2026-03-28T08:30:00Z"));
    expect(winter).toMatchObject({ status: "FRESH", deadline: at("2026-03-28T08:00:00Z") });
    // After the spring change (29 March) the 09:00 tick is 07:00 UTC.
    const missed = evaluateFreshness(policy, at("2026-03-28T20:00:00Z"), at("2026-03-30T07:30:00Z"));
    expect(missed).toMatchObject({ status: "WARN", deadline: at("2026-03-30T07:00:00Z"), minutesLate: 30 });
    const late = evaluateFreshness(policy, at("2026-03-28T20:00:00Z"), at("2026-03-30T09:00:00Z"));
    expect(late).toMatchObject({ status: "STALE", minutesLate: 120 });
    expect(late.reason).toBe(
      "Missed the 2026-03-30 07:00 UTC deadline (data no older than 12 h); its data is from 2026-03-28 20:00 UTC",
    );
  });
});

describe("freshnessPolicyProblems", () => {
  it("names the field and the reason", () => {
    expect(freshnessPolicyProblems('Asset "a"', { maximumLagMinutes: 0 })).toEqual([
      'Asset "a": freshnessPolicy.maximumLagMinutes must be a number of minutes above 0.',
    ]);
    expect(freshnessPolicyProblems('Asset "a"', { maximumLagMinutes: 60, warnAfterMinutes: 90 })).toEqual([
      'Asset "a": freshnessPolicy.warnAfterMinutes (90) must be below maximumLagMinutes (60): it is when the asset starts to warn.',
    ]);
    expect(
      freshnessPolicyProblems('Asset "a"', { maximumLagMinutes: 60, cron: "0 9 * *", timezone: "Nowhere/Land" }),
    ).toEqual([
      expect.stringMatching(/^Asset "a": freshnessPolicy\.cron: Cron "0 9 \* \*"/),
      'Asset "a": freshnessPolicy.timezone "Nowhere/Land" is not an IANA time zone such as "UTC".',
    ]);
  });

  it("describes durations for people", () => {
    expect([describeMinutes(45), describeMinutes(150), describeMinutes(60 * 50)]).toEqual([
      "45 min",
      "2.5 h",
      "2 d 2 h",
    ]);
  });
});
