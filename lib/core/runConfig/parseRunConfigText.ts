// Run config as text: YAML (JSON is YAML too) → the document, with syntax errors located by line and column.
import { parseDocument, stringify } from "yaml";
import type { ConfigError } from "./types";

export type RunConfigParse = { ok: true; value: Record<string, unknown> } | { ok: false; errors: ConfigError[] };

/** Aliases one document may expand: YAML's "billion laughs" turns a few lines into gigabytes without a cap. */
export const MAX_RUN_CONFIG_ALIASES = 100;

export interface ParseRunConfigOptions {
  /** Documents longer than this many bytes (UTF-8) are refused before they are parsed. */
  maxBytes?: number;
}

/** Empty text is an empty document; anything else must be a mapping at the top. */
export function parseRunConfigText(
  text: string | null | undefined,
  options: ParseRunConfigOptions = {},
): RunConfigParse {
  if (!text?.trim()) return { ok: true, value: {} };
  if (options.maxBytes !== undefined) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > options.maxBytes)
      return {
        ok: false,
        errors: [
          {
            path: [],
            message: `runConfig: ${bytes.toLocaleString("en-US")} bytes, at most ${options.maxBytes.toLocaleString("en-US")} (launchLimits.maxRunConfigBytes in strata.config.ts)`,
          },
        ],
      };
  }
  try {
    return parseText(text);
  } catch (error) {
    // yaml throws (rather than reporting) on alias bombs; a document nested beyond the stack ends up here too.
    const reason =
      error instanceof ReferenceError
        ? `it expands more than ${MAX_RUN_CONFIG_ALIASES} aliases (*name)`
        : error instanceof RangeError
          ? "it is nested too deeply"
          : "it could not be read";
    return { ok: false, errors: [{ path: [], message: `Run config is refused: ${reason}.` }] };
  }
}

function parseText(text: string): RunConfigParse {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const [from, to] = error.pos;
        const at = error.linePos?.[0];
        const where = at ? ` at line ${at.line}, column ${at.col}` : "";
        // yaml's own message repeats the source line after a blank line; the first line says it all.
        const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? error.message;
        return {
          path: [],
          message: `Run config is not valid YAML${where}: ${reason}`,
          range: { from, to: Math.max(to, from + 1) },
        };
      }),
    };
  }
  const value: unknown = document.toJS({ maxAliasCount: MAX_RUN_CONFIG_ALIASES });
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      errors: [
        {
          path: [],
          message:
            "Run config must be a mapping with ops: (asset config) and resources:, e.g. ops: { raw_events: { config: { eventCount: 500 } } }.",
        },
      ],
    };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The document as YAML, as the launchpad shows it; empty text for an empty document. */
export function runConfigToYaml(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "";
  return stringify(value, { indent: 2, lineWidth: 0 });
}
