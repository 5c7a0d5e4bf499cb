// Options shared by `strata materialize` and `strata backfill`: tags, run config text or file, and config errors.
import { readFile } from "node:fs/promises";
import { isReservedTag } from "../core/reservedTags";
import { type ConfigError, formatConfigError } from "../core/runConfig";

export type ArgResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** "--tag key=value" options as tags. */
export function parseTagArgs(tags: readonly string[]): ArgResult<{ key: string; value: string }[]> {
  const parsed: { key: string; value: string }[] = [];
  for (const tag of tags) {
    const eq = tag.indexOf("=");
    if (eq <= 0) return { ok: false, message: `--tag must look like key=value, got "${tag}".` };
    // Refused before anything loads; the launch itself refuses them too.
    if (isReservedTag(tag.slice(0, eq)))
      return {
        ok: false,
        message: `--tag ${tag.slice(0, eq)}: strata/* tags are reserved for the tags Strata sets itself; choose a key outside strata/.`,
      };
    parsed.push({ key: tag.slice(0, eq), value: tag.slice(eq + 1) });
  }
  return { ok: true, value: parsed };
}

/** The run config text from --config (YAML or JSON) or --config-file; undefined when neither is given. */
export async function readRunConfigArg(
  config: string | undefined,
  configFile: string | undefined,
): Promise<ArgResult<string | undefined>> {
  if (config !== undefined && configFile !== undefined)
    return { ok: false, message: "Give --config or --config-file, not both." };
  if (configFile === undefined) return { ok: true, value: config };
  try {
    return { ok: true, value: await readFile(configFile, "utf8") };
  } catch (error) {
    return { ok: false, message: `Could not read --config-file ${configFile}: ${(error as Error).message}` };
  }
}

/** Every config error on its own line, with its path: "  ops.raw_events.config.eventCount: expected integer, got "x"". */
export function formatConfigErrors(errors: readonly ConfigError[]): string {
  return `Invalid run config:\n${errors.map((error) => `  ${formatConfigError(error)}`).join("\n")}`;
}

/** A refused launch or backfill, as the store's result kinds have it. */
export type LaunchRefusal =
  | { kind: "invalidSelection"; message: string; position: number }
  | { kind: "invalidConfig"; message: string; errors: readonly ConfigError[] }
  | {
      kind: "invalidPartition" | "invalidPartitionSelection" | "invalidIdempotencyKey" | (string & {});
      message: string;
    };

/** Says why a launch from the command line was refused, in its own words (flags, the selection with a caret); returns exit code 2. */
export function reportLaunchRefusal(refusal: LaunchRefusal, selection: string, log: (line: string) => void): 2 {
  if (refusal.kind === "invalidSelection" && "position" in refusal)
    log(`Invalid selection: ${refusal.message}\n  ${selection}\n  ${" ".repeat(refusal.position)}^`);
  else if (refusal.kind === "invalidConfig" && "errors" in refusal) log(formatConfigErrors(refusal.errors));
  else if (refusal.kind === "invalidPartition") log(`Invalid partition: ${refusal.message}`);
  else if (refusal.kind === "invalidPartitionSelection") log(`Invalid partition selection: ${refusal.message}`);
  else if (refusal.kind === "invalidIdempotencyKey")
    log(refusal.message.replace(/^idempotencyKey/, "--idempotency-key"));
  else log(refusal.message);
  return 2;
}
