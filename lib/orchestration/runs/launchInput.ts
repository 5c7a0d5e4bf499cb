// What runs and backfills are launched with, checked the same way for both: run config and tags, within the
// launch limits. Tags a client sends are checked here; the tags Strata sets itself (strata/*) never come through.
import type { LaunchLimits } from "../../core/consoleSettings";
import { DEFAULT_CONSOLE_SETTINGS } from "../../core/consoleSettings";
import { isReservedTag, RESERVED_TAG_PREFIX } from "../../core/reservedTags";
import {
  type ConfigError,
  type JsonSchema,
  parseRunConfigText,
  type RunConfig,
  validateRunConfig,
  withoutMaskedSecrets,
} from "../../core/runConfig";

/** The caps of strata.config.ts's launchLimits when a caller passes none (daemon paths, tests). */
export const DEFAULT_LAUNCH_LIMITS: LaunchLimits = DEFAULT_CONSOLE_SETTINGS.launchLimits;

/**
 * Parses run config text (YAML or JSON: the document with `ops:` and `resources:`) and checks it against the
 * selection's schema; every problem is returned, each with its path. Secret fields sent back masked are left out,
 * so they keep the values set in code.
 */
export function checkRunConfig(
  text: string | null | undefined,
  schema: JsonSchema,
  limits: Pick<LaunchLimits, "maxRunConfigBytes"> = DEFAULT_LAUNCH_LIMITS,
): { ok: true; value: RunConfig } | { ok: false; errors: ConfigError[] } {
  const parsed = parseRunConfigText(text, { maxBytes: limits.maxRunConfigBytes });
  if (!parsed.ok) return parsed;
  const errors = validateRunConfig(schema, parsed.value);
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: withoutMaskedSecrets(schema, parsed.value) as RunConfig };
}

const TAG_KEY = /^[A-Za-z0-9_./-]+$/;

export { isReservedTag } from "../../core/reservedTags";

const count = (n: number) => n.toLocaleString("en-US");
const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * A client's tags as a record. Refused, naming the tag: keys with other characters than letters, digits and _ . / -,
 * reserved strata/* keys, and more tags or longer keys and values than the launch limits allow.
 */
export function parseRunTags(
  tags: readonly { key: string; value: string }[] | null | undefined,
  limits: Pick<LaunchLimits, "maxTags" | "maxTagLength"> = DEFAULT_LAUNCH_LIMITS,
): { ok: true; value: Record<string, string> } | { ok: false; message: string } {
  const list = tags ?? [];
  if (list.length > limits.maxTags)
    return {
      ok: false,
      message: `tags: ${count(list.length)} tags, at most ${count(limits.maxTags)} (launchLimits.maxTags in strata.config.ts).`,
    };
  const value: Record<string, string> = {};
  for (const tag of list) {
    for (const [what, text] of [
      ["key", tag.key],
      ["value", tag.value],
    ] as const) {
      if (text.length > limits.maxTagLength) {
        return {
          ok: false,
          message: `tags: the ${what} ${shown(text)} is ${count(text.length)} characters, at most ${count(limits.maxTagLength)} (launchLimits.maxTagLength in strata.config.ts).`,
        };
      }
    }
    if (!TAG_KEY.test(tag.key))
      return { ok: false, message: `Tag key "${tag.key}" may only contain letters, digits and _ . / -.` };
    if (isReservedTag(tag.key))
      return {
        ok: false,
        message: `Tag "${tag.key}" is reserved: Strata sets ${RESERVED_TAG_PREFIX}* tags itself. Choose a key outside ${RESERVED_TAG_PREFIX}.`,
      };
    value[tag.key] = tag.value;
  }
  return { ok: true, value };
}
