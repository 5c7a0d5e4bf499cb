// Options shared by asset() and externalAsset(), and their validation into a definition's normalised fields.
import { parseAssetKey, toAssetKeyString } from "../core/assetKey";
import { COLUMN_LINEAGE_TYPE } from "../core/columnLineage";
import type { AssetKeyPath } from "../core/definitionsSnapshot";
import { type MetadataInput, type MetadataValue, toMetadataValues } from "./metadata";

export interface AssetAttributeOptions {
  /**
   * The asset's unique key: a path written "a/b" or ["a", "b"]. Segments may hold letters, digits, "_", "." and "-".
   * @example key: "analytics/daily_active_users"
   * @example key: ["analytics", "daily_active_users"]
   */
  key: string | readonly string[];
  /**
   * The asset group shown in the console; letters, digits and "_" only. Defaults to "default".
   * @example group: "user_events"
   */
  group?: string;
  /**
   * What the asset holds, in Markdown; shown in the catalog.
   * @example description: "One row per event, deduplicated on `event_id`."
   */
  description?: string;
  /**
   * Who to ask about the asset: email addresses or teams written "team:name".
   * @example owners: ["data-eng@example.com", "team:analytics"]
   */
  owners?: readonly string[];
  /**
   * Key-value labels for search and selection (`tag:tier=gold`). Keys hold letters, digits, "_", ".", "-" and "/".
   * @example tags: { tier: "gold", pii: "false" }
   */
  tags?: Readonly<Record<string, string>>;
  /**
   * Technologies involved, shown as badges and selectable with `kind:postgres`.
   * @example kinds: ["postgres", "typescript"]
   */
  kinds?: readonly string[];
  /**
   * Static facts about the asset. Plain values become typed entries (string → text, integer → int, …); use `meta`
   * for urls, paths, markdown and timestamps.
   * @example metadata: { rowsPerDay: 2000, dashboard: meta.url("https://dashboards.example.com/dau") }
   */
  metadata?: Readonly<Record<string, MetadataInput>>;
}

export interface NormalisedAttributes {
  key: AssetKeyPath;
  keyString: string;
  group: string;
  description: string | null;
  owners: string[];
  tags: Record<string, string>;
  kinds: string[];
  metadata: Record<string, MetadataValue>;
}

export const DEFAULT_GROUP = "default";
const GROUP_PATTERN = /^[A-Za-z0-9_]+$/;
const TAG_KEY_PATTERN = /^[A-Za-z0-9_.\-/]+$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEAM_PATTERN = /^team:\S+$/;

/** Validates the shared options; every problem names the asset so a list of them reads on its own. */
export function normaliseAttributes(options: AssetAttributeOptions): {
  attributes: NormalisedAttributes;
  problems: string[];
} {
  const problems: string[] = [];
  let key: AssetKeyPath = [];
  let keyString = describeKey(options.key);
  try {
    key = parseAssetKey(options.key);
    keyString = toAssetKeyString(key);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  const label = `Asset "${keyString}"`;

  const group = options.group ?? DEFAULT_GROUP;
  problems.push(...groupProblems(label, group));

  if (options.description !== undefined && typeof options.description !== "string") {
    problems.push(`${label}: description must be a string.`);
  }

  const owners = [...(options.owners ?? [])];
  for (const owner of owners) {
    if (typeof owner !== "string" || !(EMAIL_PATTERN.test(owner) || TEAM_PATTERN.test(owner))) {
      problems.push(
        `${label}: owner ${JSON.stringify(owner)} is neither an email address nor a team; write "someone@example.com" or "team:analytics".`,
      );
    }
  }

  const tags: Record<string, string> = {};
  for (const [tagKey, tagValue] of Object.entries(options.tags ?? {})) {
    if (!TAG_KEY_PATTERN.test(tagKey)) {
      problems.push(
        `${label}: tag key ${JSON.stringify(tagKey)} is invalid; tag keys may contain only letters, digits, "_", ".", "-" and "/".`,
      );
    }
    if (typeof tagValue !== "string") {
      problems.push(
        `${label}: tag "${tagKey}" must have a string value; write tags: { ${tagKey}: "${String(tagValue)}" }.`,
      );
    }
    tags[tagKey] = String(tagValue);
  }

  const kinds = [...(options.kinds ?? [])];
  for (const kind of kinds) {
    if (typeof kind !== "string" || kind.trim() === "" || /[\s()+":]/.test(kind)) {
      problems.push(
        `${label}: kind ${JSON.stringify(kind)} is invalid; kinds are short names such as "postgres" or "typescript".`,
      );
    }
  }

  const metadata = toMetadataValues(options.metadata);
  problems.push(...metadata.problems.map((p) => `${label}: ${p}`));

  return {
    attributes: {
      key,
      keyString,
      group,
      description: options.description ?? null,
      owners,
      tags,
      kinds,
      metadata: metadata.values,
    },
    problems,
  };
}

/**
 * Column lineage may only read upstream assets (Dagster asks the same): a column read from an asset that is not in
 * `ins` or `deps` is a problem naming the column and the fix. External assets have no upstreams, so pass [].
 */
export function columnLineageProblems(
  label: string,
  metadata: Readonly<Record<string, MetadataValue>>,
  dependencyKeys: readonly AssetKeyPath[] | "external",
): string[] {
  const upstream = new Set(dependencyKeys === "external" ? [] : dependencyKeys.map(toAssetKeyString));
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(metadata)) {
    if (entry.type !== COLUMN_LINEAGE_TYPE) continue;
    for (const [column, deps] of Object.entries(entry.value.depsByColumn)) {
      for (const dep of deps) {
        const key = toAssetKeyString(dep.assetKey);
        if (upstream.has(key)) continue;
        const read = `${label}: metadata "${name}" says column "${column}" reads column "${dep.column}" of "${key}"`;
        problems.push(
          dependencyKeys === "external"
            ? `${read}, but an external asset has no upstream assets; remove the dependency, or declare the asset with asset({ deps: ["${key}"] }).`
            : `${read}, which is not an upstream of this asset; add it to deps (deps: ["${key}"]) or ins, or fix the key.`,
        );
      }
    }
  }
  return problems;
}

function groupProblems(label: string, group: unknown): string[] {
  if (typeof group === "string" && GROUP_PATTERN.test(group)) return [];
  const suggestion = typeof group === "string" ? group.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") : "";
  const hint = suggestion ? ` (e.g. "${suggestion}")` : "";
  return [
    `${label}: group ${JSON.stringify(group)} is invalid; group names may contain only letters, digits and "_"${hint}.`,
  ];
}

/** Prints a key for messages, even one that failed to parse. */
export function describeKey(key: unknown): string {
  if (typeof key === "string") return key;
  if (Array.isArray(key)) return key.join("/");
  return String(key);
}

/** Names what was passed where a definition was expected, for messages ("undefined", "a string", "an object"). */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
