// Polling for views that change as runs move: ~2 s while a run is in progress anywhere, off otherwise; when the last
// run finishes, the given queries refresh once more so its final results show.
import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useRunsInProgress } from "./useRunsInProgress";

export function useLiveRefetchInterval(refreshWhenIdle: readonly QueryKey[]): number | false {
  const inProgress = useRunsInProgress();
  const queryClient = useQueryClient();
  const was = useRef(inProgress);
  const keys = useRef(refreshWhenIdle);
  useEffect(() => {
    if (was.current && !inProgress) for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
    was.current = inProgress;
  }, [inProgress, queryClient]);
  return inProgress ? 2_000 : false;
}
