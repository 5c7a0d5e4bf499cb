// Writes a new migration folder for the changes to prisma/schema.prisma since the last migration.
// Each migration folder keeps a copy of the schema it was made from, so the diff is datamodel to
// datamodel and needs neither a database nor Prisma's native engine.
//   npm run migrate:diff -- <name>
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/store/embeddedPostgres";
import { noSchemaFilter, prismaDir, readMigrationList, readPrismaSchema } from "../lib/store/migrations";
import { withSchemaEngine } from "../lib/store/schemaEngine";

const name = process.argv[2]?.replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run migrate:diff -- <migration_name>");
  process.exit(2);
}
const migrations = await readMigrationList();
const last = migrations.migrationDirectories.at(-1);
const lastSchemaPath = last && path.join(migrations.baseDir, last.path, "schema.prisma");
if (last && !existsSync(lastSchemaPath!)) {
  console.error(`${last.path} has no schema.prisma copy to diff from.`);
  process.exit(1);
}
const schema = await readPrismaSchema();
const from = lastSchemaPath
  ? {
      tag: "schemaDatamodel" as const,
      files: [{ path: "schema.prisma", content: await readFile(lastSchemaPath, "utf8") }],
    }
  : { tag: "empty" as const };
// The engine connects when it starts, though a datamodel-to-datamodel diff reads nothing from it.
const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(path.join(os.tmpdir(), "strata-diff-")) });
const diff = await withSchemaEngine(await server.createDatabase("diff"), schema, (engine) =>
  engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
    script: true,
    exitCode: null,
    filters: noSchemaFilter,
  }),
).finally(() => server.stop());
const script = diff.stdout ?? "";
if (!script.trim() || script.includes("-- This is an empty migration.")) {
  console.log("No schema changes since the last migration.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(prismaDir(), "migrations", `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), script);
  await copyFile(path.join(prismaDir(), "schema.prisma"), path.join(dir, "schema.prisma"));
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
