// Run tags Strata sets itself (strata/partition, strata/backfill, strata/schedule…): provenance a client must not forge.
// Pure, so the launchpad and the server agree on which tags a launch may carry.

export const RESERVED_TAG_PREFIX = "strata/";

/** Reserved-prefix tags that are settings a launch may choose (README: the steps a run executes at once). */
export const CLIENT_SETTABLE_STRATA_TAGS: ReadonlySet<string> = new Set(["strata/max_concurrent_steps"]);

export function isReservedTag(key: string): boolean {
  return key.startsWith(RESERVED_TAG_PREFIX) && !CLIENT_SETTABLE_STRATA_TAGS.has(key);
}
