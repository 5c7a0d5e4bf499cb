// The runs page's filters: as the URL keeps them (`?status=FAILURE,STARTED&asset=…&tags=…&job=…&backfillRuns=show`)
// and as the API's RunsFilter.
import type { RunStatus } from "../../graphql/client/generated/graphql";
import { RUN_STATUSES } from "./runStatus";
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

/** What the filter controls show. */
export interface RunsFilterState {
  statuses: ReadonlySet<RunStatus>;
  assetKey: string;
  tagText: string;
  jobName: string;
  /** Show a backfill's runs one by one instead of one row for the backfill. */
  showBackfillRuns: boolean;
}

export type RunsFilterText = Pick<RunsFilterState, "assetKey" | "tagText" | "jobName">;

const TEXT_PARAMS: Record<keyof RunsFilterText, string> = { assetKey: "asset", tagText: "tags", jobName: "job" };

/** Reads the filters from a URL's query; unknown statuses are dropped. */
export function runsFilterFromParams(params: { get(name: string): string | null }): RunsFilterState {
  const statuses = new Set(
    (params.get("status") ?? "").split(",").filter((s): s is RunStatus => RUN_STATUSES.includes(s as RunStatus)),
  );
  return {
    statuses,
    assetKey: params.get(TEXT_PARAMS.assetKey) ?? "",
    tagText: params.get(TEXT_PARAMS.tagText) ?? "",
    jobName: params.get(TEXT_PARAMS.jobName) ?? "",
    showBackfillRuns: params.get("backfillRuns") === "show",
  };
}

/** Writes the filters into a URL query (other parameters kept); empty filters are left out, so /runs stays /runs. */
export function withRunsFilterParams(base: string, state: RunsFilterState): string {
  const params = new URLSearchParams(base);
  const statuses = RUN_STATUSES.filter((s) => state.statuses.has(s));
  if (statuses.length > 0) params.set("status", statuses.join(","));
  else params.delete("status");
  for (const key of Object.keys(TEXT_PARAMS) as Array<keyof RunsFilterText>) {
    const value = state[key].trim();
    if (value) params.set(TEXT_PARAMS[key], value);
    else params.delete(TEXT_PARAMS[key]);
  }
  if (state.showBackfillRuns) params.set("backfillRuns", "show");
  else params.delete("backfillRuns");
  return params.toString();
}

/**
 * Backfills fold into one row each unless asked not to, or unless a status or job filter asks for runs by what they
 * are: a backfill row has no one status, and backfills have no job.
 */
export function foldsBackfills(state: RunsFilterState): boolean {
  return !state.showBackfillRuns && state.statuses.size === 0 && state.jobName.trim() === "";
}

export function toRunsFilter(state: RunsFilterState): RunsFilter {
  const filter: RunsFilter = {};
  if (state.statuses.size > 0) filter.statuses = RUN_STATUSES.filter((s) => state.statuses.has(s));
  if (state.assetKey.trim()) filter.assetKey = state.assetKey.trim();
  const { tags } = parseTagFilter(state.tagText);
  if (tags.length > 0) filter.tags = tags;
  if (state.jobName.trim()) filter.jobName = state.jobName.trim();
  if (foldsBackfills(state)) filter.foldBackfills = true;
  return filter;
}
