// Why a single sign-on attempt failed: short codes in the sign-in page's URL, and what the page says for each.
// Codes rather than messages in the URL, so a crafted link cannot put its own words on the sign-in page.

import "server-only";
export const OIDC_ERROR_MESSAGES = {
  oidc_not_configured: "Single sign-on is not configured on this Strata instance.",
  oidc_unreachable:
    "The identity provider could not be reached. Try again, or ask your administrator to check its issuer URL.",
  oidc_denied: "The identity provider did not sign you in (access denied).",
  oidc_provider: "The identity provider refused the sign-in. Try again; if it keeps failing, ask your administrator.",
  oidc_expired: "The sign-in took too long or was started in another browser. Please try again.",
  oidc_state: "The answer from the identity provider did not match this sign-in. Please try again.",
  oidc_no_email: "The identity provider did not share an email address, which Strata needs to know who you are.",
  oidc_unverified_email: "Your email address is not verified with the identity provider, so Strata cannot trust it.",
  user_disabled: "Your Strata account is disabled. Ask an administrator to enable it.",
} as const;

export type OidcErrorCode = keyof typeof OIDC_ERROR_MESSAGES;

export function oidcErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return Object.hasOwn(OIDC_ERROR_MESSAGES, code)
    ? OIDC_ERROR_MESSAGES[code as OidcErrorCode]
    : "Sign-in failed. Please try again.";
}
