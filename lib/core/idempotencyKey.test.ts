import { describe, expect, it } from "vitest";
import { checkIdempotencyKey } from "./idempotencyKey";

describe("checkIdempotencyKey", () => {
  it("accepts no key, a UUID and a 200-character key", () => {
    expect(checkIdempotencyKey(undefined)).toEqual({ ok: true, key: null });
    expect(checkIdempotencyKey(null)).toEqual({ ok: true, key: null });
    expect(checkIdempotencyKey("3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60")).toEqual({
      ok: true,
      key: "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
    });
    expect(checkIdempotencyKey("daily_events:2026-01-01.v2").ok).toBe(true);
    expect(checkIdempotencyKey("k".repeat(200)).ok).toBe(true);
  });

  it("refuses an empty, overlong or unsafe key, naming the field", () => {
    for (const key of ["", "k".repeat(201), "a b", "a/b", "ключ", "a\nb", "<script>"]) {
      const check = checkIdempotencyKey(key);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.field).toBe("idempotencyKey");
        expect(check.message).toMatch(/^idempotencyKey /);
      }
    }
  });
});
