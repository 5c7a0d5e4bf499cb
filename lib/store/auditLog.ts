// The audit log: who did what, newest first.
import type { Prisma } from "./generated/prisma/client";
import type { PrismaClient } from "./prisma";

export interface AuditEntry {
  actor: string;
  action: string;
  target: string;
  details?: Record<string, unknown>;
}

export interface AuditEventRecord extends Required<AuditEntry> {
  id: string;
  createdAt: Date;
}

export async function recordAuditEvent(db: PrismaClient | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      details: (entry.details ?? {}) as Prisma.InputJsonObject,
    },
  });
}

export const MAX_AUDIT_PAGE = 500;

/** A page of events older than `beforeId` (all when null), optionally of one actor or action prefix. */
export async function listAuditEvents(
  db: PrismaClient,
  query: { limit: number; beforeId?: bigint | null; actor?: string | null; actionPrefix?: string | null },
): Promise<AuditEventRecord[]> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(query.beforeId != null ? { id: { lt: query.beforeId } } : {}),
      ...(query.actor ? { actor: query.actor } : {}),
      ...(query.actionPrefix ? { action: { startsWith: query.actionPrefix } } : {}),
    },
    orderBy: { id: "desc" },
    take: Math.min(Math.max(query.limit, 1), MAX_AUDIT_PAGE),
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    createdAt: r.createdAt,
    actor: r.actor,
    action: r.action,
    target: r.target,
    details: r.details as Record<string, unknown>,
  }));
}
