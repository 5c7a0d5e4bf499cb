// The runs overlapping the timeline's window, refreshed every few seconds so live bars grow and new runs appear.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { RunsTimelineQuery, RunsTimelineRange } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type RunsTimelineData = RunsTimelineQuery["runsTimeline"];
export type TimelineRunItem = RunsTimelineData["runs"][number];

const RunsTimelineQueryDocument = graphql(`
  query RunsTimeline($range: RunsTimelineRange!) {
    runsTimeline(range: $range) {
      from
      to
      capped
      cap
      runs { runId status jobName assetKeys backfillId creationTime startTime endTime }
    }
  }
`);

export function useRunsTimeline(range: RunsTimelineRange) {
  return useQuery({
    queryKey: queryKeys.runsTimeline(range),
    queryFn: ({ signal }) => fetchGraphQL(RunsTimelineQueryDocument, { range }, { signal }).then((d) => d.runsTimeline),
    refetchInterval: 5_000,
    placeholderData: (previous) => previous,
  });
}
