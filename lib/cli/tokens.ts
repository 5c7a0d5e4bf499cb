// `strata tokens [create|revoke]`: API tokens for the CLI, scripts and the explorer; the secret is printed once.
import { parseArgs } from "node:util";
import { issueApiToken } from "../auth/apiTokens";
import { checkRole } from "../auth/userInput";
import { type ApiTokenRecord, listApiTokens, revokeApiToken } from "../store/apiTokens";
import type { Database } from "../store/database";
import type { CliCaller } from "./cliCaller";

export const tokensUsage = `usage: strata tokens                                              list tokens (never their secrets)
       strata tokens create <name> --role <role> [--expires-in-days N]   print a new token once
       strata tokens revoke <name>`;

function describe(token: ApiTokenRecord, now: Date): string {
  const state = token.revokedAt ? "REVOKED" : token.expiresAt && token.expiresAt <= now ? "EXPIRED" : "live";
  const expiry = token.expiresAt ? `expires ${token.expiresAt.toISOString().slice(0, 10)}` : "no expiry";
  const used = token.lastUsedAt
    ? `last used ${token.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
    : "never used";
  return `${token.name}  ${token.role}  ${state}  ${expiry}  ${used}  (by ${token.createdBy})`;
}

export async function tokensFromCli(
  db: Database,
  args: string[],
  log: (line: string) => void,
  caller: CliCaller,
  now = new Date(),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { role: { type: "string" }, "expires-in-days": { type: "string" } },
    });
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${tokensUsage}`);
    return 2;
  }
  caller.require("MANAGE_TOKENS");
  const [action, name] = parsed.positionals;
  if (action === undefined || action === "list") {
    const tokens = await listApiTokens(db);
    if (tokens.length === 0) log("No API tokens. Create one with `strata tokens create <name> --role LAUNCHER`.");
    for (const token of tokens) log(describe(token, now));
    return 0;
  }
  if (!name || (action !== "create" && action !== "revoke")) {
    log(tokensUsage);
    return 2;
  }
  if (action === "revoke") {
    const revoked = await revokeApiToken(db, name, now);
    if (!revoked) {
      log(`No live token named "${name}". \`strata tokens\` lists them.`);
      return 1;
    }
    await caller.audit(db, { action: "token.revoke", target: name });
    log(`Revoked ${name}: it signs nobody in from now on.`);
    return 0;
  }
  const role = checkRole(parsed.values.role ?? "");
  if (!role.ok) {
    log(`${role.message}\n${tokensUsage}`);
    return 2;
  }
  const days = parsed.values["expires-in-days"];
  const issued = await issueApiToken(
    db,
    {
      name,
      role: role.value,
      expiresInDays: days === undefined ? null : Number(days),
      createdBy: caller.principal.name,
    },
    now,
  );
  if (issued.kind === "invalid") {
    log(issued.message.replace("expiresInDays", "--expires-in-days"));
    return 2;
  }
  await caller.audit(db, { action: "token.create", target: name, details: { role: role.value } });
  log(`Created ${describe(issued.token, now)}.`);
  log(`Token (shown once; use it as STRATA_TOKEN or an Authorization: Bearer header):`);
  log(issued.secret);
  return 0;
}
