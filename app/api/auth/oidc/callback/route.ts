// GET /api/auth/oidc/callback: where the identity provider returns the browser; signs it in.
import { handleOidcCallback } from "../../../../../lib/auth/oidcSignIn";
import { consoleSettingsFromEnv } from "../../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../../lib/store/prisma";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleOidcCallback(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
