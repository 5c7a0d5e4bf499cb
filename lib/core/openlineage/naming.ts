// How an OpenLineage dataset (namespace + name, see spec/Naming.md) becomes a Strata asset key, and its group.
//
// - A dataset of a Strata instance (namespace `strata://<instance>`) is named by its asset key string, so the name
//   splits on "/" back into the same key: lineage sent from one Strata to another keeps its keys.
// - Any other dataset: the namespace becomes the first segment (`postgres://db:5432` → `postgres_db_5432`), then the
//   name splits into segments on "/" when it has one (a path: `/data/orders.csv` → `data/orders.csv`), else on "."
//   (a table: `analytics.public.orders` → `analytics/public/orders`).
// - Characters a key segment cannot hold become "_", and runs of them one "_".
import { toAssetKeyString } from "../assetKey";

export const STRATA_NAMESPACE_SCHEME = "strata";

function segment(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/^_+|_+$/g, "");
  // "." and ".." would read as path steps in a URL.
  return cleaned === "" || /^\.+$/.test(cleaned) ? "_" : cleaned;
}

function schemeOf(namespace: string): string | null {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(namespace);
  return match ? (match[1] as string).toLowerCase() : null;
}

function nameSegments(name: string, separator: "/" | "."): string[] {
  const parts = name.split(separator).filter((part) => part !== "");
  return (parts.length > 0 ? parts : [name]).map(segment);
}

/** The asset key path of a dataset, by the rule above. */
export function datasetAssetKey(namespace: string, name: string): string[] {
  if (schemeOf(namespace) === STRATA_NAMESPACE_SCHEME) return nameSegments(name, "/");
  return [segment(namespace), ...nameSegments(name, name.includes("/") ? "/" : ".")];
}

/** The same key with a suffix that tells it from another dataset's, when two datasets clean up to one key. */
export function disambiguatedAssetKey(key: readonly string[], namespace: string, name: string): string[] {
  let hash = 0;
  for (const char of `${namespace}\u0000${name}`) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  const suffix = (hash >>> 0).toString(16).padStart(8, "0").slice(0, 6);
  return [...key.slice(0, -1), `${key.at(-1)}-${suffix}`];
}

/** The group a dataset's asset is drawn in: its namespace, as a group name ([A-Za-z0-9_]); a Strata's, its name. */
export function namespaceGroup(namespace: string): string {
  const group = (
    schemeOf(namespace) === STRATA_NAMESPACE_SCHEME ? namespace.slice(namespace.indexOf("://") + 3) : namespace
  )
    .replace(/^([A-Za-z][A-Za-z0-9+.-]*):\/\//, "$1_")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return group === "" ? "openlineage" : group;
}

/** The kind badge of a dataset: its namespace's scheme ("postgres", "s3", "bigquery"), when it has one. */
export function namespaceKind(namespace: string): string | null {
  return schemeOf(namespace);
}

/** "namespace/name": how an external job is named in the console. */
export function externalJobLabel(job: { namespace: string; name: string }): string {
  return `${job.namespace}/${job.name}`;
}

export function datasetKeyString(namespace: string, name: string): string {
  return toAssetKeyString(datasetAssetKey(namespace, name));
}
