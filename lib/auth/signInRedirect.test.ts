import { describe, expect, it } from "vitest";
import { safeNextPath, signInPageHref } from "./signInRedirect";

describe("safeNextPath", () => {
  it("keeps a path on this console with its query and hash", () => {
    expect(safeNextPath("/runs?status=FAILURE#top")).toBe("/runs?status=FAILURE#top");
    expect(safeNextPath("/assets/analytics/fact_events")).toBe("/assets/analytics/fact_events");
  });

  it("refuses absolute and protocol-relative URLs, which would leave the site", () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "evil",
    ]) {
      expect(safeNextPath(next), next).toBe("/");
    }
  });

  it("falls back home for nothing, the sign-in page itself and the auth endpoints", () => {
    expect(safeNextPath(null)).toBe("/");
    expect(safeNextPath("")).toBe("/");
    expect(safeNextPath("/sign-in?next=/runs")).toBe("/");
    expect(safeNextPath("/api/auth/oidc/start")).toBe("/");
  });
});

describe("signInPageHref", () => {
  it("carries where to return and the reason of a failure", () => {
    expect(signInPageHref("/runs", "oidc_denied")).toBe("/sign-in?next=%2Fruns&error=oidc_denied");
    expect(signInPageHref("/")).toBe("/sign-in");
    expect(signInPageHref("https://evil.example")).toBe("/sign-in");
  });
});
