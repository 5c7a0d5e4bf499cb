// The run config of a run as every view shows it (the API, the run's Config tab, the launchpad's prefill): secret
// values masked, using the schema of the definitions the run was launched against. The run process reads the real one.
import { maskAllResourceConfig, maskSecrets, type RunConfig, runConfigSchemaForSelection } from "../core/runConfig";
import { readDefinitionsSnapshot } from "./definitionsSnapshots";
import type { PrismaClient } from "./generated/prisma/client";

export interface RunConfigSource {
  snapshotId: string | null;
  assetSelection: readonly string[];
  runConfig: unknown;
}

/** The run's config with secrets masked; without its snapshot every resource value is masked, to be safe. */
export async function maskedRunConfig(db: PrismaClient, run: RunConfigSource): Promise<RunConfig> {
  const snapshot = run.snapshotId ? await readDefinitionsSnapshot(db, run.snapshotId) : null;
  if (!snapshot) return maskAllResourceConfig(run.runConfig ?? {}) as RunConfig;
  return maskSecrets(runConfigSchemaForSelection(snapshot, run.assetSelection), run.runConfig ?? {}) as RunConfig;
}
