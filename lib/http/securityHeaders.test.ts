// The security headers: no framing by anyone, no sniffing, a same-origin referrer, and a CSP limited to the console.
import { describe, expect, it } from "vitest";
import { applySecurityHeaders, CONTENT_SECURITY_POLICY } from "./securityHeaders";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? "", values]),
  );
}

describe("the security headers", () => {
  it("forbid framing, sniffing and cross-origin referrers", () => {
    const headers = new Headers({ "x-frame-options": "SAMEORIGIN" });
    applySecurityHeaders(headers);
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("same-origin");
    expect(headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("keep every source to the console's own origin", () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    for (const [name, values] of csp) {
      expect(values, name).not.toContain("*");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(
        values.filter((v) => /^https?:/.test(v)),
        name,
      ).toEqual([]);
    }
  });
});
