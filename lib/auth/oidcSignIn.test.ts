import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleSettings, consoleSettingsSchema } from "../core/consoleSettings";
import { listAuditEvents } from "../store/auditLog";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { findUserByEmail, updateUser } from "../store/users";
import { OIDC_FLOW_COOKIE } from "./oidcFlowCookie";
import { handleOidcCallback, handleOidcStart } from "./oidcSignIn";
import { startTestOidcProvider, type TestOidcProvider, testOidcEmail } from "./oidcTestProvider";
import { principalOfSession } from "./requestPrincipal";
import { readCookie, SESSION_COOKIE } from "./sessionCookie";

const PUBLIC_URL = "http://localhost:3000";
const CLIENT = { clientId: "strata-test", clientSecret: "strata-test-secret" };
let test: TestDatabase;
let provider: TestOidcProvider;
let settings: ConsoleSettings;

beforeAll(async () => {
  test = await createTestDatabase();
  provider = await startTestOidcProvider({ ...CLIENT, redirectUris: [`${PUBLIC_URL}/api/auth/oidc/callback`] });
  settings = consoleSettingsSchema.parse({
    auth: {
      publicUrl: PUBLIC_URL,
      oidc: { issuer: provider.issuer, ...CLIENT, displayName: "Test IdP", defaultRole: "LAUNCHER" },
    },
  });
});
afterAll(async () => {
  await provider.stop();
  await test.drop();
});

/** The provider's cookies, as a browser would keep them between its pages. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Follows the provider's pages as a person would: log in as `login` and approve, or cancel. Returns the callback URL. */
async function throughProvider(
  authorizationUrl: string,
  login: string,
  choice: "approve" | "cancel" = "approve",
): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers ?? {}), cookie: jar.header() },
    });
    jar.take(response);
    init = {};
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(PUBLIC_URL)) return next;
      url = next;
      continue;
    }
    const html = await response.text();
    const uid = url.pathname.match(/^\/interaction\/([^/]+)$/)?.[1];
    if (!uid) throw new Error(`unexpected page ${url}: ${html.slice(0, 200)}`);
    if (choice === "cancel") {
      url = new URL(`/interaction/${uid}/abort`, url);
      continue;
    }
    const prompt: Record<string, string> = html.includes('name="prompt" value="login"')
      ? { prompt: "login", login, password: "any" }
      : { prompt: "consent" };
    init = {
      method: "POST",
      body: new URLSearchParams(prompt),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    };
  }
  throw new Error("the provider never returned to the console");
}

async function start(next: string): Promise<{ authorizationUrl: string; flowCookie: string }> {
  const response = await handleOidcStart(
    new Request(`${PUBLIC_URL}/api/auth/oidc/start?next=${encodeURIComponent(next)}`, {
      headers: { host: "localhost:3000" },
    }),
    { db: test.db, settings },
  );
  expect(response.status).toBe(303);
  const flow = readCookie(response.headers.get("set-cookie"), OIDC_FLOW_COOKIE);
  expect(response.headers.get("set-cookie")).toMatch(/HttpOnly; SameSite=Lax/);
  return { authorizationUrl: response.headers.get("location")!, flowCookie: `${OIDC_FLOW_COOKIE}=${flow}` };
}

function callback(url: URL, cookie: string): Promise<Response> {
  return handleOidcCallback(new Request(url, { headers: { cookie, host: "localhost:3000" } }), {
    db: test.db,
    settings,
    log: () => {},
  });
}

describe("single sign-on", () => {
  it("signs in a new user with the default role and returns to the page they came from", async () => {
    const { authorizationUrl, flowCookie } = await start("/runs?status=FAILURE");
    const authorization = new URL(authorizationUrl);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/api/auth/oidc/callback`);

    const response = await callback(await throughProvider(authorizationUrl, "grace"), flowCookie);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/runs?status=FAILURE");
    const session = readCookie(response.headers.get("set-cookie"), SESSION_COOKIE);
    expect(await principalOfSession(test.db, session!)).toMatchObject({
      kind: "user",
      name: testOidcEmail("grace"),
      role: "LAUNCHER",
    });
    expect(await findUserByEmail(test.db, testOidcEmail("grace"))).toMatchObject({
      displayName: "Grace",
      signsInWithOidc: true,
    });
    const [latest] = await listAuditEvents(test.db, { limit: 1 });
    expect(latest).toMatchObject({ actor: testOidcEmail("grace"), action: "user.sign_in", target: "oidc" });
  });

  it("refuses an email the provider says is not verified", async () => {
    const { authorizationUrl, flowCookie } = await start("/");
    const response = await callback(await throughProvider(authorizationUrl, "unverified-bob"), flowCookie);
    expect(response.headers.get("location")).toBe("/sign-in?error=oidc_unverified_email");
    expect(readCookie(response.headers.get("set-cookie"), SESSION_COOKIE)).toBeNull();
    expect(await findUserByEmail(test.db, testOidcEmail("unverified-bob"))).toBeNull();
  });

  it("refuses a disabled user", async () => {
    const first = await start("/");
    await callback(await throughProvider(first.authorizationUrl, "mallory"), first.flowCookie);
    const user = await findUserByEmail(test.db, testOidcEmail("mallory"));
    await updateUser(test.db, user!.id, { disabled: true });
    const again = await start("/");
    const response = await callback(await throughProvider(again.authorizationUrl, "mallory"), again.flowCookie);
    expect(response.headers.get("location")).toBe("/sign-in?error=user_disabled");
  });

  it("lands on the sign-in page with a reason when the user cancels at the provider", async () => {
    const { authorizationUrl, flowCookie } = await start("/lineage");
    const response = await callback(await throughProvider(authorizationUrl, "grace", "cancel"), flowCookie);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Flineage&error=oidc_denied");
  });

  it("refuses a callback without the attempt's cookie or with another attempt's state", async () => {
    const { authorizationUrl, flowCookie } = await start("/");
    const returned = await throughProvider(authorizationUrl, "grace");
    expect((await callback(returned, "")).headers.get("location")).toBe("/sign-in?error=oidc_expired");
    const tampered = new URL(returned);
    tampered.searchParams.set("state", "someone-elses");
    expect((await callback(tampered, flowCookie)).headers.get("location")).toBe("/sign-in?error=oidc_state");
  });

  it("sends a start on another host name to the public URL first, where the callback will be", async () => {
    const response = await handleOidcStart(
      new Request("http://localhost:3000/api/auth/oidc/start?next=%2Fruns", { headers: { host: "127.0.0.1:3000" } }),
      { db: test.db, settings },
    );
    expect(response.headers.get("location")).toBe(`${PUBLIC_URL}/api/auth/oidc/start?next=%2Fruns`);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("names an unreachable provider instead of failing", async () => {
    const unreachable = consoleSettingsSchema.parse({
      auth: { publicUrl: PUBLIC_URL, oidc: { issuer: "http://127.0.0.1:9/", ...CLIENT } },
    });
    const response = await handleOidcStart(
      new Request(`${PUBLIC_URL}/api/auth/oidc/start`, { headers: { host: "localhost:3000" } }),
      { db: test.db, settings: unreachable, log: () => {} },
    );
    expect(response.headers.get("location")).toBe("/sign-in?error=oidc_unreachable");
  });
});
