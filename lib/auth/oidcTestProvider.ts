// A real OpenID Connect provider for tests (oidc-provider, a dev dependency) with its own login and consent pages:
// any login name signs in, as `<name>@example.com`, with a verified email unless the name starts with "unverified".
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface TestOidcProvider {
  /** http://localhost:<port> */
  issuer: string;
  stop(): Promise<void>;
}

export interface TestOidcProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export function testOidcEmail(login: string): string {
  return `${login}@example.com`;
}

export async function startTestOidcProvider(options: TestOidcProviderOptions): Promise<TestOidcProvider> {
  // Listen first, so the issuer can name the port the system picked.
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["strata test provider cookie key"] },
    // Fixed lifetimes: the defaults work too, but announce themselves on every sign-in.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({
        sub,
        email: testOidcEmail(sub),
        email_verified: !sub.startsWith("unverified"),
        name: sub.charAt(0).toUpperCase() + sub.slice(1),
      }),
    }),
  });
  server.on("request", provider.callback());
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
