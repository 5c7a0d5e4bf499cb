// Run config as text: YAML (JSON is YAML too) → the document, with syntax errors located by line and column.
import { parseDocument, stringify } from "yaml";
import type { ConfigError } from "./types";

export type RunConfigParse = { ok: true; value: Record<string, unknown> } | { ok: false; errors: ConfigError[] };

/** Empty text is an empty document; anything else must be a mapping at the top. */
export function parseRunConfigText(text: string | null | undefined): RunConfigParse {
  if (!text?.trim()) return { ok: true, value: {} };
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
        return { path: [], message: `Run config is not valid YAML${where}: ${reason}`, range: { from, to: Math.max(to, from + 1) } };
      }),
    };
  }
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return { ok: true, value: {} };
  if (typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, errors: [{ path: [], message: "Run config must be a mapping with ops: (asset config) and resources:, e.g. ops: { raw_events: { config: { eventCount: 500 } } }." }] };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** The document as YAML, as the launchpad shows it; empty text for an empty document. */
export function runConfigToYaml(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) return "";
  return stringify(value, { indent: 2, lineWidth: 0 });
}
