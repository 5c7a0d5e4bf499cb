// A token's status and how its expiry reads.
import { describe, expect, it } from "vitest";
import { formatExpiry, tokenStatus } from "./tokenStatus";

const now = Date.parse("2026-03-01T12:00:00Z");

describe("tokenStatus", () => {
  it("is revoked once revoked, whatever its expiry", () => {
    expect(tokenStatus({ revokedAt: "2026-02-01T00:00:00Z", expiresAt: "2027-01-01T00:00:00Z" }, now)).toBe("REVOKED");
  });
  it("is expired past its expiry, and live before it or without one", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: "2026-03-01T11:59:59Z" }, now)).toBe("EXPIRED");
    expect(tokenStatus({ revokedAt: null, expiresAt: "2026-03-02T00:00:00Z" }, now)).toBe("LIVE");
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe("LIVE");
  });
});

describe("formatExpiry", () => {
  it("counts days while near, and gives the date when far", () => {
    expect(formatExpiry("2026-03-31T12:00:00Z", now)).toBe("in 30 days");
    expect(formatExpiry("2026-03-02T12:00:00Z", now)).toBe("in 1 day");
    expect(formatExpiry("2028-03-01T12:00:00Z", now)).toMatch(/2028/);
  });
});
