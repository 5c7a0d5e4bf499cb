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

type Toggles = Pick<RunsFilterState, "statuses" | "showBackfillRuns">;

/** The URL query the state writes: two states with one key show the same list. */
const urlKey = (state: RunsFilterState) => withRunsFilterParams("", state);

export function useRunsFilterState(): {
  /** What the controls show. */
  state: RunsFilterState;
  setText: (patch: Partial<RunsFilterText>) => void;
  /** Changes a toggle (statuses, backfill runs) with a new history entry. */
  setToggles: (patch: Partial<Toggles>) => void;
  clear: () => void;
  /** What the query asks for. */
  filter: RunsFilter;
} {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const fromUrl = useMemo(() => runsFilterFromParams(searchParams), [searchParams]);
  // The controls' own state, so a click or a keystroke shows at once; the URL catches up a render later.
  const [state, setState] = useState<RunsFilterState>(fromUrl);

  // Back/forward, or a link to a filtered list, changes the URL under the controls: follow it while rendering. The
  // page's own writes reach the URL a render or more later (in order, possibly coalesced): until then they wait in
  // `pending`, and the URL catching up with one is not read back, so a click shows at once and never flickers back
  // (nor is a trailing space typed trimmed away).
  const [seen, setSeen] = useState(urlKey(fromUrl));
  const [pending, setPending] = useState<readonly string[]>([]);
  const fromUrlKey = urlKey(fromUrl);
  if (seen !== fromUrlKey) {
    setSeen(fromUrlKey);
    const caughtUp = pending.indexOf(fromUrlKey);
    if (caughtUp >= 0) setPending(pending.slice(caughtUp + 1));
    else {
      // Not the page's doing: what it wrote and the URL never showed is behind it now.
      setState(fromUrl);
      setPending([]);
    }
  }

  const write = useCallback(
    (next: RunsFilterState, mode: "push" | "replace") => {
      setState(next);
      setPending((keys) => [...keys.slice(-20), urlKey(next)]);
      const query = withRunsFilterParams(window.location.search, next);
      const url = query ? `${pathname}?${query}` : pathname;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [pathname],
  );

  const setText = (patch: Partial<RunsFilterText>) => write({ ...state, ...patch }, "replace");
  const setToggles = (patch: Partial<Toggles>) => write({ ...state, ...patch }, "push");
  const clear = () =>
    write(
      { assetKey: "", tagText: "", jobName: "", statuses: new Set(), showBackfillRuns: state.showBackfillRuns },
      "push",
    );

  // Typing waits for a pause; toggles apply at once.
  const debouncedText = useDebouncedValue<RunsFilterText>(
    useMemo(
      () => ({ assetKey: state.assetKey, tagText: state.tagText, jobName: state.jobName }),
      [state.assetKey, state.tagText, state.jobName],
    ),
  );
  const filter = useMemo(
    () => toRunsFilter({ ...debouncedText, statuses: state.statuses, showBackfillRuns: state.showBackfillRuns }),
    [debouncedText, state.statuses, state.showBackfillRuns],
  );
  return { state, setText, setToggles, clear, filter };
}
