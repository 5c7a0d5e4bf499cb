// POST /api/auth/sign-out: ends the browser's session and clears its cookie.
import { handleSignOut } from "../../../../lib/auth/passwordSignIn";
import { consoleSettingsFromEnv } from "../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../lib/store/prisma";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleSignOut(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
