import { describe, expect, it } from "vitest";
import { auditTargetHref } from "./adminLinks";

describe("auditTargetHref", () => {
  it("links runs, backfills, schedules, sensors and reported assets to their pages, and nothing else", () => {
    expect(auditTargetHref("run.launch", "e6e7129b-46dc-4ded-898b-637f4e8d01b7")).toBe(
      "/runs/e6e7129b-46dc-4ded-898b-637f4e8d01b7",
    );
    expect(auditTargetHref("backfill.cancel", "abc123")).toBe("/backfills/abc123");
    expect(auditTargetHref("schedule.start", "user-events/daily_events_at_six")).toBe(
      "/automation/schedules/user-events/daily_events_at_six",
    );
    expect(auditTargetHref("sensor.cursor", "user-events/dedupe new")).toBe(
      "/automation/sensors/user-events/dedupe%20new",
    );
    expect(auditTargetHref("asset_events.report", "analytics/daily orders")).toBeNull();
    expect(auditTargetHref("asset_events.report", "analytics/daily_orders")).toBe("/assets/analytics/daily_orders");
    expect(auditTargetHref("asset_events.report", "3 assets")).toBeNull();
    expect(auditTargetHref("user.create", "alice@example.com")).toBeNull();
    expect(auditTargetHref("code_location.reload", "user-events")).toBeNull();
  });
});
