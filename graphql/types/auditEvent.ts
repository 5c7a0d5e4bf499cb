// The audit log, for admins: newest first, a page at a time, optionally one actor's or one kind of action.
import "server-only";
import { type AuditEventRecord, listAuditEvents, MAX_AUDIT_PAGE } from "../../lib/store/auditLog";
import { refusal, UnauthorizedError } from "../authorization";
import { builder } from "../builder";
import { InvalidInputError } from "./user";

const AuditEventRef = builder.objectRef<AuditEventRecord>("AuditEvent").implement({
  fields: (t) => ({
    id: t.exposeString("id"),
    timestamp: t.string({ resolve: (e) => e.createdAt.toISOString() }),
    actor: t.exposeString("actor"),
    action: t.exposeString("action"),
    target: t.exposeString("target"),
    details: t.string({ description: "JSON text.", resolve: (e) => JSON.stringify(e.details) }),
  }),
});
const AuditEventList = builder
  .objectRef<{ kind: "list"; events: AuditEventRecord[]; cursor: string | null }>("AuditEventList")
  .implement({
    fields: (t) => ({
      events: t.field({ type: [AuditEventRef], resolve: (l) => l.events }),
      cursor: t.string({
        nullable: true,
        description: "Pass as `before` for the next (older) page; null at the end.",
        resolve: (l) => l.cursor,
      }),
    }),
  });
const AuditEventsOrError = builder.unionType("AuditEventsOrError", {
  types: [AuditEventList, InvalidInputError, UnauthorizedError],
  resolveType: (value) => {
    const kind = (value as { kind?: string }).kind;
    return kind === "list" ? AuditEventList : kind === "invalidInput" ? InvalidInputError : UnauthorizedError;
  },
});

builder.queryFields((t) => ({
  auditEventsOrError: t.field({
    type: AuditEventsOrError,
    args: {
      limit: t.arg.int({ defaultValue: 100 }),
      before: t.arg.string({ description: "An event id: return events older than it." }),
      actor: t.arg.string(),
      actionPrefix: t.arg.string({ description: "e.g. `run.` or `schedule.start`." }),
    },
    resolve: async (_root, args, ctx) => {
      const refused = await refusal(ctx, "VIEW_AUDIT_LOG");
      if (refused) return refused;
      const limit = args.limit ?? 100;
      if (limit < 1 || limit > MAX_AUDIT_PAGE)
        return {
          kind: "invalidInput" as const,
          field: "limit",
          message: `limit: from 1 to ${MAX_AUDIT_PAGE}, got ${limit}`,
        };
      if (args.before != null && !/^\d{1,18}$/.test(args.before))
        return {
          kind: "invalidInput" as const,
          field: "before",
          message: `before: an audit event id (digits), got "${args.before.slice(0, 40)}"`,
        };
      if ((args.actor?.length ?? 0) > 320 || (args.actionPrefix?.length ?? 0) > 100)
        return { kind: "invalidInput" as const, field: "actor", message: "actor/actionPrefix: too long" };
      const events = await listAuditEvents(ctx.db, {
        limit,
        beforeId: args.before != null ? BigInt(args.before) : null,
        actor: args.actor,
        actionPrefix: args.actionPrefix,
      });
      return { kind: "list" as const, events, cursor: events.length === limit ? events.at(-1)!.id : null };
    },
  }),
}));
