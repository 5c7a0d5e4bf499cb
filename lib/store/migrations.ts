// Applies the committed Prisma migrations (prisma/migrations, Prisma's standard folder format)
// with the WebAssembly schema engine, recording them exactly as `prisma migrate deploy` would.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { Logger, runMigrations as runQueueMigrations } from "graphile-worker";
import { withSchemaEngine } from "./schemaEngine";

export const noSchemaFilter = { externalTables: [], externalEnums: [] };

/** The project's prisma folder, wherever the command was started from. */
export function prismaDir(): string {
  return path.join(process.env.STRATA_PACKAGE_ROOT ?? process.cwd(), "prisma");
}

export async function readPrismaSchema(): Promise<string> {
  return readFile(path.join(prismaDir(), "schema.prisma"), "utf8");
}

export async function readMigrationList(baseDir = path.join(prismaDir(), "migrations")): Promise<MigrationList> {
  const names = existsSync(baseDir)
    ? (await readdir(baseDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(baseDir, "migration_lock.toml");
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(baseDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/**
 * Applies every pending migration, Strata's own and the run queue's (graphile-worker keeps its
 * tables in the graphile_worker schema); returns the names of Strata's migrations applied now.
 */
export async function applyPendingMigrations(databaseUrl: string): Promise<string[]> {
  const [schema, migrationsList] = await Promise.all([readPrismaSchema(), readMigrationList()]);
  const result = await withSchemaEngine(databaseUrl, schema, (engine) =>
    engine.applyMigrations({ migrationsList, filters: { ...noSchemaFilter } }),
  );
  await runQueueMigrations({ connectionString: databaseUrl, logger: quietLogger });
  return result.appliedMigrationNames;
}

const quietLogger = new Logger(() => () => {});
