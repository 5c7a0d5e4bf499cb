import { describe, expect, it } from "vitest";
import type { OidcConfig } from "../core/consoleSettings";
import { decodeOidcFlow, encodeOidcFlow, type OidcFlow } from "./oidcFlowCookie";

const oidc: OidcConfig = {
  issuer: "https://idp.example",
  clientId: "strata",
  clientSecret: "s3cret",
  displayName: "IdP",
  scopes: "openid email",
  defaultRole: "VIEWER",
};
const flow: OidcFlow = {
  verifier: "v".repeat(43),
  state: "state-1",
  nonce: "nonce-1",
  next: "/runs",
  expiresAt: Math.floor(Date.now() / 1000) + 600,
};

describe("the OIDC flow cookie", () => {
  it("reads back what it carried", () => {
    expect(decodeOidcFlow(oidc, encodeOidcFlow(oidc, flow))).toEqual(flow);
  });

  it("refuses a value signed with another client secret, or altered", () => {
    const value = encodeOidcFlow(oidc, flow);
    expect(decodeOidcFlow({ ...oidc, clientSecret: "other" }, value)).toBeNull();
    const forged = Buffer.from(JSON.stringify({ ...flow, next: "/elsewhere" })).toString("base64url");
    expect(decodeOidcFlow(oidc, `${forged}.${value.split(".")[1]}`)).toBeNull();
    expect(decodeOidcFlow(oidc, "garbage")).toBeNull();
    expect(decodeOidcFlow(oidc, null)).toBeNull();
  });

  it("refuses an attempt past its expiry", () => {
    const value = encodeOidcFlow(oidc, flow);
    expect(decodeOidcFlow(oidc, value, (flow.expiresAt + 1) * 1000)).toBeNull();
  });
});
