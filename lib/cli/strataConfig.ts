// strata.config.ts: which code locations to load. Validated with zod so a typo names the field.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { authConfigSchema, type ConsoleSettings, launchLimitsSchema } from "../core/consoleSettings";
import {
  type LineageExportSettings,
  openLineageConfigSchema,
  resolveLineageExportSettings,
} from "../core/lineageExport/settings";
import type { RunConcurrencyLimits } from "../core/runConcurrency";
import { DEFAULT_INSTANCE_SETTINGS, type InstanceSettings } from "../daemon/instanceSettings";
import { type ListenAddress, parseListenAddress } from "../metrics/metricsListener";
import { type BackfillLimits, DEFAULT_BACKFILL_LIMITS } from "../orchestration/backfills/backfillLimits";
import type { RetentionPolicy } from "../store/retention";

const codeLocationConfig = z.object({
  /** Shown in the console and used to reload the location. */
  name: z.string().regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, _ and - only"),
  /** Path of the definitions module, relative to the config file. */
  module: z.string().min(1),
});

const runQueueConfig = z.object({
  /** Runs in progress at once across all workers. */
  maxConcurrentRuns: z.number().int().min(1).optional(),
  /** Limits for runs carrying a tag, e.g. { key: "database", value: "warehouse", limit: 1 }. */
  tagConcurrencyLimits: z
    .array(z.object({ key: z.string().min(1), value: z.string().optional(), limit: z.number().int().min(1) }))
    .optional(),
});

const backfillsConfig = z.object({
  /** Runs the daemon submits per backfill per tick (default 50). */
  chunkSize: z.number().int().min(1).optional(),
  /** Runs of one backfill queued or in progress at once (default 100); the rest wait unsubmitted. */
  maxQueuedRuns: z.number().int().min(1).optional(),
});

const retentionConfig = z
  .object({
    /** Days to keep finished runs with their steps and events (never a run holding an asset's or a partition's latest materialization). */
    runsDays: z.number().int().min(1).optional(),
    /** Days to keep finished runs' compute logs (stdout/stderr). */
    computeLogsDays: z.number().int().min(1).optional(),
  })
  .strict();

const instanceConfig = z.object({
  /** Minutes after which a stopped or silent daemon or worker drops off the instance list (default 15). */
  forgetStoppedAfterMinutes: z.number().positive().optional(),
});

const metricsConfig = z
  .object({
    /** Also serve /metrics here, without a token (e.g. "127.0.0.1:9464"); the console's /metrics wants one when sign-in is on. */
    listen: z.string().refine((value) => parseListenAddress(value) !== null, "use host:port, e.g. 127.0.0.1:9464"),
  })
  .strict();

const strataConfigSchema = z.object({
  codeLocations: z.array(codeLocationConfig).min(1, "name at least one code location"),
  runQueue: runQueueConfig.optional(),
  backfills: backfillsConfig.optional(),
  instance: instanceConfig.optional(),
  /** Sign-in: without it the console answers loopback only, and everyone who reaches it is an admin. */
  auth: authConfigSchema.optional(),
  /** Host names the console answers besides loopback and auth.publicUrl's host. */
  allowedHosts: z.array(z.string().min(1)).optional(),
  /** Caps on what one launch may carry. */
  launchLimits: launchLimitsSchema.optional(),
  /** How long to keep history; without it everything is kept. */
  retention: retentionConfig.optional(),
  /** Where the daemon sends the OpenLineage events of asset steps; without it none are sent. */
  openLineage: openLineageConfigSchema.optional(),
  /** Prometheus metrics on an address of their own. */
  metrics: metricsConfig.optional(),
});

export type StrataConfig = z.input<typeof strataConfigSchema>;
export interface ResolvedCodeLocation {
  name: string;
  /** Absolute path of the definitions module. */
  modulePath: string;
}

export function configPath(): string {
  return path.resolve(process.env.STRATA_CONFIG ?? "strata.config.ts");
}

export interface ResolvedConfig {
  codeLocations: ResolvedCodeLocation[];
  runQueue: RunConcurrencyLimits;
  backfills: BackfillLimits;
  instance: InstanceSettings;
  /** What the console process is told: sign-in, allowed hosts, launch limits. */
  console: ConsoleSettings;
  retention: RetentionPolicy;
  openLineage: LineageExportSettings | null;
  /** Where `strata dev` serves /metrics without a token, or null. */
  metricsListen: ListenAddress | null;
}

export async function readStrataConfig(file = configPath()): Promise<ResolvedConfig> {
  if (!existsSync(file))
    throw new Error(
      `No Strata config at ${file}. Create strata.config.ts naming your code locations, or set STRATA_CONFIG.`,
    );
  const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  const parsed = strataConfigSchema.safeParse(loaded.default);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
    throw new Error(`Invalid ${path.basename(file)}:\n${problems}`);
  }
  const names = new Set<string>();
  const codeLocations = parsed.data.codeLocations.map((location) => {
    if (names.has(location.name))
      throw new Error(`Invalid ${path.basename(file)}: code location "${location.name}" is named twice.`);
    names.add(location.name);
    return { name: location.name, modulePath: path.resolve(path.dirname(file), location.module) };
  });
  return {
    codeLocations,
    runQueue: parsed.data.runQueue ?? {},
    backfills: {
      chunkSize: parsed.data.backfills?.chunkSize ?? DEFAULT_BACKFILL_LIMITS.chunkSize,
      maxQueuedRuns: parsed.data.backfills?.maxQueuedRuns ?? DEFAULT_BACKFILL_LIMITS.maxQueuedRuns,
    },
    instance: {
      forgetStoppedAfterMinutes:
        parsed.data.instance?.forgetStoppedAfterMinutes ?? DEFAULT_INSTANCE_SETTINGS.forgetStoppedAfterMinutes,
    },
    retention: {
      runsDays: parsed.data.retention?.runsDays ?? null,
      computeLogsDays: parsed.data.retention?.computeLogsDays ?? null,
    },
    openLineage: parsed.data.openLineage
      ? resolveLineageExportSettings(parsed.data.openLineage, parsed.data.auth?.publicUrl ?? null, (target) =>
          path.resolve(path.dirname(file), target),
        )
      : null,
    metricsListen: parsed.data.metrics ? parseListenAddress(parsed.data.metrics.listen) : null,
    console: {
      auth: parsed.data.auth ?? null,
      allowedHosts: parsed.data.allowedHosts ?? [],
      launchLimits: parsed.data.launchLimits ?? launchLimitsSchema.parse({}),
    },
  };
}

/** The daemon loads no code, so it also runs without a config file, with the default limits. */
export async function readDaemonConfig(
  file = configPath(),
): Promise<Pick<ResolvedConfig, "backfills" | "retention" | "instance" | "openLineage">> {
  if (!existsSync(file))
    return {
      backfills: DEFAULT_BACKFILL_LIMITS,
      retention: { runsDays: null, computeLogsDays: null },
      instance: DEFAULT_INSTANCE_SETTINGS,
      openLineage: null,
    };
  const { backfills, retention, instance, openLineage } = await readStrataConfig(file);
  return { backfills, retention, instance, openLineage };
}
