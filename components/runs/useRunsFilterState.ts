"use client";
// The runs page's filters, kept in the URL so a filtered list survives a reload, can be shared, and Back undoes a
// change: a status or backfill toggle pushes a history entry; typing updates the entry in place, and the query
// follows once the typing stops.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import {
  type RunsFilterState,
  type RunsFilterText,
  runsFilterFromParams,
  toRunsFilter,
  withRunsFilterParams,
} from "./runsFilter";
import { useDebouncedValue } from "./useDebouncedValue";
import type { RunsFilter } from "./useRuns";

const textKey = (text: RunsFilterText) => [text.assetKey, text.tagText, text.jobName].map((v) => v.trim()).join("\n");

export function useRunsFilterState(): {
  /** What the controls show. */
  state: RunsFilterState;
  setText: (patch: Partial<RunsFilterText>) => void;
  /** Replaces the toggles (statuses, backfill runs) with a new history entry. */
  setToggles: (patch: Partial<Pick<RunsFilterState, "statuses" | "showBackfillRuns">>) => void;
  clear: () => void;
  /** What the query asks for. */
  filter: RunsFilter;
} {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const fromUrl = useMemo(() => runsFilterFromParams(searchParams), [searchParams]);
  const [text, setTextState] = useState<RunsFilterText>(fromUrl);

  // Back/forward, or a link to a filtered list, changes the URL under the inputs: follow it while rendering. The
  // page's own writes record what they wrote, so typing a trailing space is not undone by the trimmed URL.
  const [followed, setFollowed] = useState(textKey(fromUrl));
  if (followed !== textKey(fromUrl)) {
    setFollowed(textKey(fromUrl));
    setTextState({ assetKey: fromUrl.assetKey, tagText: fromUrl.tagText, jobName: fromUrl.jobName });
  }

  const write = useCallback(
    (next: RunsFilterState, mode: "push" | "replace") => {
      const query = withRunsFilterParams(window.location.search, next);
      const url = query ? `${pathname}?${query}` : pathname;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      setFollowed(textKey(next));
    },
    [pathname],
  );

  const state: RunsFilterState = { ...fromUrl, ...text };
  const setText = (patch: Partial<RunsFilterText>) => {
    const next = { ...text, ...patch };
    setTextState(next);
    write({ ...fromUrl, ...next }, "replace");
  };
  const setToggles = (patch: Partial<Pick<RunsFilterState, "statuses" | "showBackfillRuns">>) =>
    write({ ...state, ...patch }, "push");
  const clear = () => {
    const none = { assetKey: "", tagText: "", jobName: "" };
    setTextState(none);
    write({ ...none, statuses: new Set(), showBackfillRuns: fromUrl.showBackfillRuns }, "push");
  };

  const debounced = useDebouncedValue(text);
  const filter = useMemo(() => toRunsFilter({ ...fromUrl, ...debounced }), [fromUrl, debounced]);
  return { state, setText, setToggles, clear, filter };
}
