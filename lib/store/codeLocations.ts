// Code locations and their definition snapshots: what the web server knows of user code.
import { createHash } from "node:crypto";
import type { DefinitionsSnapshot } from "../core/definitionsSnapshot";
import { type CodeLocationLoadStatus, Prisma, type PrismaClient } from "./generated/prisma/client";

export interface LoadError {
  message: string;
  stack: string | null;
}

export interface CodeLocationRecord {
  id: string;
  name: string;
  modulePath: string;
  loadStatus: CodeLocationLoadStatus;
  loadError: LoadError | null;
  updatedAt: Date;
  snapshot: DefinitionsSnapshot | null;
}

/** Registers a location from the config file (or updates its module path), keeping its history. */
export async function upsertCodeLocation(db: PrismaClient, name: string, modulePath: string): Promise<void> {
  await db.codeLocation.upsert({ where: { name }, create: { name, modulePath }, update: { modulePath } });
}

export async function markCodeLocationLoading(db: PrismaClient, name: string): Promise<void> {
  await db.codeLocation.update({ where: { name }, data: { loadStatus: "LOADING" } });
}

/** Stores a snapshot (deduplicated by content hash) and makes it the location's current one. */
export async function saveDefinitionsSnapshot(db: PrismaClient, name: string, snapshot: DefinitionsSnapshot): Promise<void> {
  const snapshotHash = createHash("sha256").update(JSON.stringify(snapshot)).digest("hex");
  await db.$transaction(async (tx) => {
    const location = await tx.codeLocation.findUniqueOrThrow({ where: { name } });
    const stored = await tx.definitionsSnapshot.upsert({
      where: { codeLocationId_snapshotHash: { codeLocationId: location.id, snapshotHash } },
      create: { codeLocationId: location.id, snapshotHash, snapshot: snapshot as object },
      update: {},
    });
    await tx.codeLocation.update({ where: { name }, data: { loadStatus: "LOADED", loadError: Prisma.DbNull, currentSnapshotId: stored.id } });
  });
}

/**
 * Records a failed load. The last good snapshot stays current, so the graph keeps showing
 * what was loaded before while the console shows the error.
 */
export async function saveCodeLocationLoadError(db: PrismaClient, name: string, error: LoadError): Promise<void> {
  await db.codeLocation.update({ where: { name }, data: { loadStatus: "ERROR", loadError: { message: error.message, stack: error.stack } } });
}

export async function listCodeLocations(db: PrismaClient): Promise<CodeLocationRecord[]> {
  const rows = await db.codeLocation.findMany({ orderBy: { name: "asc" }, include: { currentSnapshot: true } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    modulePath: row.modulePath,
    loadStatus: row.loadStatus,
    loadError: (row.loadError as LoadError | null) ?? null,
    updatedAt: row.updatedAt,
    snapshot: (row.currentSnapshot?.snapshot as DefinitionsSnapshot | undefined) ?? null,
  }));
}

export async function findCodeLocation(db: PrismaClient, name: string): Promise<CodeLocationRecord | null> {
  return (await listCodeLocations(db)).find((l) => l.name === name) ?? null;
}
