// What the sign-in page shows, read on the server: whether sign-in is configured, the provider's name, where to go
// afterwards and why the last attempt failed. A browser that is already signed in goes straight on.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { SignInPageProps } from "../../components/auth/SignInPage";
import { oidcErrorMessage } from "../../lib/auth/oidcErrors";
import { principalOfSession } from "../../lib/auth/requestPrincipal";
import { SESSION_COOKIE } from "../../lib/auth/sessionCookie";
import { safeNextPath } from "../../lib/auth/signInRedirect";
import { consoleSettingsFromEnv } from "../../lib/core/consoleSettings";
import { getPrisma } from "../../lib/store/prisma";

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export async function signInPageState(searchParams: SearchParams): Promise<SignInPageProps> {
  const settings = consoleSettingsFromEnv();
  const next = safeNextPath(first(searchParams.next));
  if (!settings.auth) return { configured: false, oidcDisplayName: null, next, error: null };
  const secret = (await cookies()).get(SESSION_COOKIE)?.value;
  if (secret && (await principalOfSession(getPrisma(), secret))) redirect(next);
  return {
    configured: true,
    oidcDisplayName: settings.auth.oidc?.displayName ?? null,
    next,
    error: oidcErrorMessage(first(searchParams.error)),
  };
}
