// Turning the runs page's filter controls into the API's RunsFilter.
import type { RunStatus } from "../../graphql/client/generated/graphql";
import type { RunsFilter, RunTag } from "./useRuns";

/** Parses `key=value` pairs separated by commas or spaces; the rest are reported, not sent. */
export function parseTagFilter(text: string): { tags: RunTag[]; invalid: string[] } {
  const tags: RunTag[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,]+/).filter(Boolean)) {
    const eq = token.indexOf("=");
    if (eq <= 0) invalid.push(token);
    else tags.push({ key: token.slice(0, eq), value: token.slice(eq + 1) });
  }
  return { tags, invalid };
}

export function toRunsFilter({
  statuses,
  assetKey,
  tagText,
}: {
  statuses: ReadonlySet<RunStatus>;
  assetKey: string;
  tagText: string;
}): RunsFilter {
  const filter: RunsFilter = {};
  if (statuses.size > 0) filter.statuses = [...statuses];
  if (assetKey.trim()) filter.assetKey = assetKey.trim();
  const { tags } = parseTagFilter(tagText);
  if (tags.length > 0) filter.tags = tags;
  return filter;
}
