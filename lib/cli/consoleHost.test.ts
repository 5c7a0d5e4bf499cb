import { describe, expect, it } from "vitest";
import { consoleBindingRefusal, consoleUrl, isLoopbackHost, isWildcardHost, resolveConsoleHost } from "./consoleHost";

describe("resolveConsoleHost", () => {
  it("binds loopback when no host is given", () => {
    expect(resolveConsoleHost(undefined, undefined)).toBe("127.0.0.1");
    expect(resolveConsoleHost("", "  ")).toBe("127.0.0.1");
  });

  it("takes --host over HOST", () => {
    expect(resolveConsoleHost("0.0.0.0", "10.0.0.5")).toBe("0.0.0.0");
    expect(resolveConsoleHost(undefined, "10.0.0.5")).toBe("10.0.0.5");
  });

  it("drops the brackets of an IPv6 address", () => {
    expect(resolveConsoleHost("[::1]", undefined)).toBe("::1");
  });
});

describe("isLoopbackHost", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "::1",
    "[::1]",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
    "localhost",
    "LOCALHOST",
    "localhost.",
  ])("%s is loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    "0.0.0.0",
    "::",
    "10.0.0.5",
    "192.168.1.20",
    "128.0.0.1",
    "::ffff:10.0.0.1",
    "fe80::1",
    "strata.example.com",
    "localhost.example.com",
    "127.0.0.1.nip.io",
  ])("%s is not loopback", (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe("consoleBindingRefusal", () => {
  it("allows loopback without sign-in", () => {
    expect(consoleBindingRefusal("127.0.0.1", false)).toBeNull();
    expect(consoleBindingRefusal("::1", false)).toBeNull();
  });

  it("refuses any other address without sign-in, saying how to configure it", () => {
    const refusal = consoleBindingRefusal("0.0.0.0", false);
    expect(refusal).toContain("Refusing to serve the console on 0.0.0.0");
    expect(refusal).toContain('auth: { publicUrl: "https://strata.example.com" }');
    expect(refusal).toContain("npx strata users add <email> --role ADMIN");
  });

  it("allows any address once sign-in is configured", () => {
    expect(consoleBindingRefusal("0.0.0.0", true)).toBeNull();
    expect(consoleBindingRefusal("10.0.0.5", true)).toBeNull();
  });
});

describe("consoleUrl", () => {
  it("brackets IPv6 addresses", () => {
    expect(consoleUrl("127.0.0.1", 3000)).toBe("http://127.0.0.1:3000");
    expect(consoleUrl("::1", 3000)).toBe("http://[::1]:3000");
    expect(consoleUrl("[::1]", 3000)).toBe("http://[::1]:3000");
    expect(consoleUrl("localhost", 3100)).toBe("http://localhost:3100");
  });

  it("knows the wildcard addresses", () => {
    expect(isWildcardHost("0.0.0.0")).toBe(true);
    expect(isWildcardHost("::")).toBe(true);
    expect(isWildcardHost("127.0.0.1")).toBe(false);
  });
});
