// Starts one embedded Postgres for the whole test run and migrates a template database,
// so each test file gets a fresh, migrated database by copying the template.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embeddedPostgres";
import { applyPendingMigrations } from "../migrations";

export const TEMPLATE_DATABASE = "strata_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "strata-test-pg-"));
  const server = await startEmbeddedPostgres({ dataDir });
  await applyPendingMigrations(await server.createDatabase(TEMPLATE_DATABASE));
  project.provide("postgresAdminUrl", server.urlFor("postgres"));
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
