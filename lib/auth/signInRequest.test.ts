import { describe, expect, it } from "vitest";
import type { AuthConfig } from "../core/consoleSettings";
import { crossSiteRefusal, MAX_SIGN_IN_BODY_BYTES, parseSignInBody, readBoundedJson } from "./signInRequest";

const auth: AuthConfig = { publicUrl: "https://strata.example.com", sessionMaxAgeHours: 12 };

function post(headers: Record<string, string>, body = "{}"): Request {
  return new Request("http://localhost:3000/api/auth/sign-in", { method: "POST", headers, body });
}

describe("crossSiteRefusal", () => {
  it("accepts JSON from the public URL, the Host the request was sent to, or without Origin", () => {
    expect(
      crossSiteRefusal(post({ "content-type": "application/json", origin: "https://strata.example.com" }), auth),
    ).toBeNull();
    expect(
      crossSiteRefusal(
        post({
          "content-type": "application/json; charset=utf-8",
          origin: "http://127.0.0.1:3000",
          host: "127.0.0.1:3000",
        }),
        auth,
      ),
    ).toBeNull();
    expect(crossSiteRefusal(post({ "content-type": "application/json" }), auth)).toBeNull();
  });

  it("refuses another origin with 403", async () => {
    const refusal = crossSiteRefusal(
      post({ "content-type": "application/json", origin: "https://evil.example", host: "strata.example.com" }),
      auth,
    );
    expect(refusal?.status).toBe(403);
    expect(await refusal?.json()).toMatchObject({ ok: false, error: expect.stringContaining("https://evil.example") });
  });

  it("refuses what a cross-site form can send with 415", () => {
    expect(crossSiteRefusal(post({ "content-type": "application/x-www-form-urlencoded" }), auth)?.status).toBe(415);
    expect(crossSiteRefusal(post({ "content-type": "text/plain" }), auth)?.status).toBe(415);
  });
});

describe("readBoundedJson", () => {
  it("parses a small body", async () => {
    expect(await readBoundedJson(post({}, '{"email":"a@b.c"}'))).toEqual({ kind: "ok", value: { email: "a@b.c" } });
  });

  it("stops reading a body over the limit", async () => {
    const result = await readBoundedJson(post({}, JSON.stringify({ password: "x".repeat(MAX_SIGN_IN_BODY_BYTES) })));
    expect(result.kind === "refused" && result.response.status).toBe(413);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const result = await readBoundedJson(post({}, "email=a"));
    expect(result.kind === "refused" && result.response.status).toBe(400);
  });
});

describe("parseSignInBody", () => {
  it("trims the email and keeps the password as typed", () => {
    expect(parseSignInBody({ email: " ada@example.com ", password: " pw " })).toEqual({
      kind: "ok",
      body: { email: "ada@example.com", password: " pw " },
    });
  });

  it("names the field that is missing or wrong", async () => {
    for (const [body, field] of [
      [{ password: "x" }, "email"],
      [{ email: "", password: "x" }, "email"],
      [{ email: "a@b.c" }, "password"],
      [{ email: "a@b.c", password: 42 }, "password"],
      [{ email: "a@b.c", password: "x".repeat(300) }, "password"],
    ] as const) {
      const result = parseSignInBody(body);
      if (result.kind !== "refused") throw new Error("expected a refusal");
      expect(result.response.status).toBe(400);
      const json = (await result.response.json()) as { field: string; error: string };
      expect(json.field).toBe(field);
      expect(json.error.startsWith(`${field}: `)).toBe(true);
    }
  });

  it("refuses a body that is not an object", () => {
    expect(parseSignInBody([1]).kind).toBe("refused");
    expect(parseSignInBody("x").kind).toBe("refused");
  });
});
