// `viewer`: who the caller is and what they may do, so the console disables what they may not and says why.
import "server-only";
import { decideAccess, permissionsHeld } from "../../lib/core/auth/access";
import type { Principal } from "../../lib/core/auth/principal";
import { PERMISSIONS, ROLES } from "../../lib/core/auth/roles";
import { builder } from "../builder";

export const RoleEnum = builder.enumType("Role", { values: ROLES });
export const PermissionEnum = builder.enumType("Permission", { values: PERMISSIONS });
const PrincipalKind = builder.enumType("PrincipalKind", { values: ["USER", "TOKEN", "LOCAL", "ANONYMOUS"] as const });

const RoleGrantRef = builder.objectRef<{ role: (typeof ROLES)[number]; selection: string }>("RoleGrant").implement({
  description: "A role held only for the assets a selection names.",
  fields: (t) => ({
    role: t.field({ type: RoleEnum, resolve: (g) => g.role }),
    selection: t.exposeString("selection"),
  }),
});

export { RoleGrantRef };

const PermissionRefusal = builder
  .objectRef<{ permission: (typeof PERMISSIONS)[number]; message: string }>("PermissionRefusal")
  .implement({
    description: "A permission the caller lacks everywhere, with the sentence the console shows on what it disables.",
    fields: (t) => ({
      permission: t.field({ type: PermissionEnum, resolve: (r) => r.permission }),
      message: t.exposeString("message"),
    }),
  });

const Viewer = builder.objectRef<{ principal: Principal; signInEnabled: boolean }>("Viewer").implement({
  fields: (t) => ({
    name: t.string({ resolve: (v) => v.principal.name }),
    kind: t.field({
      type: PrincipalKind,
      resolve: (v) => v.principal.kind.toUpperCase() as "USER" | "TOKEN" | "LOCAL" | "ANONYMOUS",
    }),
    role: t.field({ type: RoleEnum, nullable: true, resolve: (v) => v.principal.role }),
    grants: t.field({ type: [RoleGrantRef], resolve: (v) => v.principal.grants }),
    permissions: t.field({
      type: [PermissionEnum],
      description: "Permissions held everywhere.",
      resolve: (v) => permissionsHeld(v.principal),
    }),
    refusals: t.field({
      type: [PermissionRefusal],
      description: "Permissions not held everywhere, each with why (a grant may still allow some assets).",
      resolve: (v) =>
        PERMISSIONS.flatMap((permission) => {
          const decision = decideAccess(v.principal, permission);
          return decision.allowed ? [] : [{ permission, message: decision.message }];
        }),
    }),
    signInEnabled: t.boolean({
      description: "Whether this instance has sign-in on (without it, everyone on loopback is the local admin).",
      resolve: (v) => v.signInEnabled,
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    resolve: async (_root, _args, ctx) => ({
      principal: await ctx.principal(),
      signInEnabled: ctx.settings.auth !== null,
    }),
  }),
}));
