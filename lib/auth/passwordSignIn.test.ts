import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSettings, consoleSettingsSchema } from "../core/consoleSettings";
import { listAuditEvents } from "../store/auditLog";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { createUser } from "../store/users";
import { handleSignIn, handleSignOut } from "./passwordSignIn";
import { hashPassword } from "./passwords";
import { principalOfSession } from "./requestPrincipal";
import { readCookie, SESSION_COOKIE } from "./sessionCookie";

const settings: ConsoleSettings = consoleSettingsSchema.parse({ auth: { publicUrl: "http://localhost:3000" } });
const PASSWORD = "correct horse battery";
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  await createUser(test.db, { email: "ada@example.com", role: "EDITOR", passwordHash: await hashPassword(PASSWORD) });
});
afterAll(() => test.drop());

function request(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: "http://localhost:3000",
      host: "localhost:3000",
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

function sessionOf(response: Response): string | null {
  return readCookie(response.headers.get("set-cookie"), SESSION_COOKIE);
}

describe("POST /api/auth/sign-in", () => {
  it("signs in with the right password: an HttpOnly session cookie naming the user", async () => {
    const response = await handleSignIn(
      request("/api/auth/sign-in", { email: "Ada@Example.com", password: PASSWORD }),
      { db: test.db, settings },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax; Max-Age=4319\d/);
    const principal = await principalOfSession(test.db, sessionOf(response)!);
    expect(principal).toMatchObject({ kind: "user", name: "ada@example.com", role: "EDITOR" });
  });

  it("answers a wrong password and an unknown email alike, with 401", async () => {
    const wrong = await handleSignIn(
      request("/api/auth/sign-in", { email: "ada@example.com", password: "not the password" }),
      { db: test.db, settings },
    );
    const unknown = await handleSignIn(
      request("/api/auth/sign-in", { email: "nobody@example.com", password: PASSWORD }),
      { db: test.db, settings },
    );
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("after five failures for an email, answers 429 with Retry-After, even for the right password", async () => {
    await createUser(test.db, {
      email: "grace@example.com",
      role: "VIEWER",
      passwordHash: await hashPassword(PASSWORD),
    });
    for (let i = 0; i < 5; i += 1) {
      expect(
        (
          await handleSignIn(
            request("/api/auth/sign-in", { email: "grace@example.com", password: `guess number ${i}` }),
            { db: test.db, settings },
          )
        ).status,
      ).toBe(401);
    }
    const throttled = await handleSignIn(
      request("/api/auth/sign-in", { email: "Grace@example.com", password: PASSWORD }),
      { db: test.db, settings },
    );
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(await throttled.json()).toMatchObject({
      ok: false,
      error: expect.stringContaining("Too many failed sign-ins for this email"),
    });
    expect(throttled.headers.get("set-cookie")).toBeNull();
    // Another user is not held back by it.
    expect(
      (
        await handleSignIn(request("/api/auth/sign-in", { email: "ada@example.com", password: PASSWORD }), {
          db: test.db,
          settings,
        })
      ).status,
    ).toBe(200);
  });

  it("names the missing field", async () => {
    const response = await handleSignIn(request("/api/auth/sign-in", { email: "ada@example.com" }), {
      db: test.db,
      settings,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, field: "password" });
  });

  it("refuses a request from another site", async () => {
    const response = await handleSignIn(
      request(
        "/api/auth/sign-in",
        { email: "ada@example.com", password: PASSWORD },
        { origin: "https://evil.example" },
      ),
      { db: test.db, settings },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("says sign-in is not configured on an instance without auth", async () => {
    const response = await handleSignIn(
      request("/api/auth/sign-in", { email: "ada@example.com", password: PASSWORD }),
      { db: test.db, settings: consoleSettingsSchema.parse({}) },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("not configured") });
  });
});

describe("POST /api/auth/sign-out", () => {
  it("ends the session, clears the cookie and records who signed out", async () => {
    const signedIn = await handleSignIn(
      request("/api/auth/sign-in", { email: "ada@example.com", password: PASSWORD }),
      { db: test.db, settings },
    );
    const secret = sessionOf(signedIn)!;
    const response = await handleSignOut(request("/api/auth/sign-out", {}, { cookie: `${SESSION_COOKIE}=${secret}` }), {
      db: test.db,
      settings,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    expect(await principalOfSession(test.db, secret)).toBeNull();
    const [latest] = await listAuditEvents(test.db, { limit: 1 });
    expect(latest).toMatchObject({ actor: "ada@example.com", action: "user.sign_out" });
  });

  it("refuses a cross-site sign-out, so another page cannot sign a user out", async () => {
    const response = await handleSignOut(request("/api/auth/sign-out", {}, { "content-type": "text/plain" }), {
      db: test.db,
      settings,
    });
    expect(response.status).toBe(415);
  });
});
