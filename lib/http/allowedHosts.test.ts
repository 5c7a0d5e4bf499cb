// Host and Origin decisions: loopback names on any port, the public URL and allowedHosts; nothing else.
import { describe, expect, it } from "vitest";
import { DEFAULT_CONSOLE_SETTINGS } from "../core/consoleSettings";
import { createHostCheck, hostnameOf } from "./allowedHosts";
import { createOriginCheck } from "./allowedOrigins";

const withPublicUrl = {
  ...DEFAULT_CONSOLE_SETTINGS,
  auth: { publicUrl: "https://strata.example.com", sessionMaxAgeHours: 12 },
  allowedHosts: ["Strata.Internal"],
};

describe("hostnameOf", () => {
  it.each([
    ["localhost:3000", "localhost"],
    ["EXAMPLE.com", "example.com"],
    ["[::1]:3000", "::1"],
    ["[::1]", "::1"],
    ["localhost.:3000", "localhost"],
    ["evil.com@localhost", null],
    ["a b", null],
    ["", null],
    ["[::1", null],
  ])("%s → %s", (host, name) => expect(hostnameOf(host)).toBe(name));
});

describe("createHostCheck", () => {
  const loopbackOnly = createHostCheck(DEFAULT_CONSOLE_SETTINGS);
  const configured = createHostCheck(withPublicUrl);

  it.each(["localhost:3000", "127.0.0.1:3199", "[::1]:8080", "localhost", "app.localhost:3000"])(
    "answers the loopback name %s on any port",
    (host) => {
      expect(loopbackOnly(host)).toEqual({ allowed: true });
    },
  );

  it.each(["evil.example:3000", "127.0.0.2:3000", "localhost.evil.example", "192.168.1.10:3000", "strata.example.com"])(
    "refuses %s by default with 421",
    (host) => {
      const decision = loopbackOnly(host);
      expect(decision).toMatchObject({ allowed: false, status: 421 });
      expect(decision.allowed ? "" : decision.reason).toMatch(/allowedHosts/);
    },
  );

  it("refuses a request without a Host header or with a malformed one", () => {
    expect(loopbackOnly(null)).toMatchObject({ allowed: false, status: 400 });
    expect(loopbackOnly("evil.example@localhost")).toMatchObject({ allowed: false, status: 400 });
  });

  it("answers the public URL's host and the allowed hosts, on any port, in any case", () => {
    expect(configured("strata.example.com")).toEqual({ allowed: true });
    expect(configured("STRATA.example.com:443")).toEqual({ allowed: true });
    expect(configured("strata.internal:3000")).toEqual({ allowed: true });
    expect(configured("evil.example")).toMatchObject({ allowed: false });
  });
});

describe("createOriginCheck", () => {
  const check = createOriginCheck(DEFAULT_CONSOLE_SETTINGS);

  it("allows the request's own origin", () => {
    expect(check("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(check("https://strata.internal", "strata.internal:443")).toBe(true);
    expect(check("http://strata.internal", "strata.internal")).toBe(true);
  });

  it.each([
    ["another site", "http://evil.example", "localhost:3000"],
    ["another port", "http://localhost:3001", "localhost:3000"],
    ["another loopback name", "http://127.0.0.1:3000", "localhost:3000"],
    ["the null origin", "null", "localhost:3000"],
    ["a file page", "file://", "localhost:3000"],
    ["no Host to compare with", "http://localhost:3000", null],
  ])("refuses %s", (_, origin, host) => expect(check(origin, host)).toBe(false));

  it("allows the public URL's origin whatever the Host behind a proxy", () => {
    const withPublic = createOriginCheck(withPublicUrl);
    expect(withPublic("https://strata.example.com", "127.0.0.1:3000")).toBe(true);
    expect(withPublic("http://strata.example.com", "127.0.0.1:3000")).toBe(false);
  });
});
