// Role checks for resolvers: every mutation asks here before it acts, and a refusal is a typed UnauthorizedError.
import "server-only";
import { decideAccess } from "../lib/core/auth/access";
import type { Principal } from "../lib/core/auth/principal";
import type { Permission } from "../lib/core/auth/roles";
import { selectAssets } from "../lib/core/selection";
import { type AuditEntry, recordAuditEvent } from "../lib/store/auditLog";
import { builder } from "./builder";
import type { GraphQLContext } from "./context";

export interface UnauthorizedValue {
  kind: "unauthorized";
  message: string;
  permission?: string | null;
}

export const UnauthorizedError = builder.objectRef<UnauthorizedValue>("UnauthorizedError").implement({
  description: "The caller's role does not hold the permission this call needs.",
  fields: (t) => ({
    message: t.exposeString("message"),
    permission: t.string({
      nullable: true,
      description: "The permission that was missing, e.g. LAUNCH_RUNS.",
      resolve: (e) => e.permission ?? null,
    }),
  }),
});

export function isUnauthorized(value: unknown): value is UnauthorizedValue {
  return typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "unauthorized";
}

/** A refusal when the caller lacks the permission everywhere, else null. */
export async function refusal(ctx: GraphQLContext, permission: Permission): Promise<UnauthorizedValue | null> {
  const decision = decideAccess(await ctx.principal(), permission);
  return decision.allowed ? null : { kind: "unauthorized", message: decision.message, permission };
}

/**
 * A check for actions on assets, run once the store has resolved which assets they are: the role held everywhere, or
 * grants whose selections cover them all. Returns the refusal message, or null.
 */
export async function assetAuthorizer(
  ctx: GraphQLContext,
  permission: Permission,
): Promise<(assetKeys: string[]) => string | null> {
  const principal = await ctx.principal();
  const everywhere = decideAccess(principal, permission);
  if (everywhere.allowed) return () => null;
  if (principal.grants.length === 0) return () => everywhere.message;
  const { graph } = await ctx.assetNodeIndex();
  const selections = new Map<string, ReadonlySet<string> | null>();
  const select = (selection: string) => {
    if (!selections.has(selection)) {
      const selected = selectAssets(graph, selection);
      selections.set(selection, selected.ok ? new Set(selected.keys) : null);
    }
    return selections.get(selection)!;
  };
  return (keys) => {
    const decision = decideAccess(principal, permission, { keys, select });
    return decision.allowed ? null : decision.message;
  };
}

/** The refusal for an action on known assets (a run or backfill that exists), or null. */
export async function assetRefusal(
  ctx: GraphQLContext,
  permission: Permission,
  assetKeys: string[],
): Promise<UnauthorizedValue | null> {
  const message = (await assetAuthorizer(ctx, permission))(assetKeys);
  return message ? { kind: "unauthorized", message, permission } : null;
}

/** The name runs, backfills and the audit log record for the caller. */
export async function actorName(ctx: GraphQLContext): Promise<string> {
  return (await ctx.principal()).name;
}

/** Who launches, the console's launch limits, and the check of the assets a launch resolves to: every launch's part. */
export async function launcher(ctx: GraphQLContext, permission: Permission) {
  return {
    limits: ctx.settings.launchLimits,
    launchedBy: await actorName(ctx),
    authorize: await assetAuthorizer(ctx, permission),
  };
}

/** Notes a change in the audit log under the caller's name. */
export async function audit(ctx: GraphQLContext, entry: Omit<AuditEntry, "actor">): Promise<void> {
  await recordAuditEvent(ctx.db, { actor: await actorName(ctx), ...entry });
}

export type { Principal };
