// POST /api/auth/sign-in: email and password in, session cookie out.
import { handleSignIn } from "../../../../lib/auth/passwordSignIn";
import { consoleSettingsFromEnv } from "../../../../lib/core/consoleSettings";
import { getPrisma } from "../../../../lib/store/prisma";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleSignIn(request, { db: getPrisma(), settings: consoleSettingsFromEnv() });
}
