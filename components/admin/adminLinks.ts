// The admin pages, each with the permission it needs, for the top navigation and the admin tabs.
import type { Permission } from "../../lib/core/auth/roles";

export type AdminSection = "users" | "tokens" | "audit-log";

export const ADMIN_SECTIONS: ReadonlyArray<{ id: AdminSection; href: string; label: string; permission: Permission }> =
  [
    { id: "users", href: "/admin/users", label: "Users", permission: "MANAGE_USERS" },
    { id: "tokens", href: "/admin/tokens", label: "API tokens", permission: "MANAGE_TOKENS" },
    { id: "audit-log", href: "/admin/audit-log", label: "Audit log", permission: "VIEW_AUDIT_LOG" },
  ];

/** The first admin page the viewer may open, or null when they may open none (the nav then leaves Admin out). */
export function adminHomeHref(permissions: readonly Permission[]): string | null {
  return ADMIN_SECTIONS.find((section) => permissions.includes(section.permission))?.href ?? null;
}

/** The audit log filtered to one actor or action, e.g. from a token's "created by". */
export function auditLogHref(filter: { actor?: string; actionPrefix?: string }): string {
  const params = new URLSearchParams();
  if (filter.actor) params.set("actor", filter.actor);
  if (filter.actionPrefix) params.set("action", filter.actionPrefix);
  const query = params.toString();
  return query ? `/admin/audit-log?${query}` : "/admin/audit-log";
}

/** The console page of what an audit event acted on (a run, a backfill, a schedule or sensor, an asset), or null for the rest. */
export function auditTargetHref(action: string, target: string): string | null {
  const [kind] = action.split(".");
  const segments = (path: string) => path.split("/").map(encodeURIComponent).join("/");
  if (kind === "run" && target) return `/runs/${encodeURIComponent(target)}`;
  if (kind === "backfill" && target) return `/backfills/${encodeURIComponent(target)}`;
  if ((kind === "schedule" || kind === "sensor") && /^[^/]+\/[^/]+$/.test(target))
    return `/automation/${kind}s/${segments(target)}`;
  // Events reported for one asset name it; a report on several names how many ("3 assets").
  if (kind === "asset_events" && target && !target.includes(" ")) return `/assets/${segments(target)}`;
  return null;
}
