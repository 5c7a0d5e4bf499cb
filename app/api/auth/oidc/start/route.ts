// GET /api/auth/oidc/start: sends the browser to the identity provider.
import { handleOidcStart } from "../../../../../lib/auth/oidcSignIn";
import { consoleSettingsFromEnv } from "../../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../../lib/store/prisma";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleOidcStart(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
