// The OpenLineage export's outbox counts and latest given-up event, refreshed with the instance's heartbeats.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { LineageExportQuery } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

export type LineageExport = LineageExportQuery["lineageExport"];

const LineageExportQueryDocument = graphql(`
  query LineageExport {
    lineageExport {
      pending
      sent
      failed
      lastFailure { runId stepKey eventType error at }
    }
  }
`);

export function useLineageExport() {
  return useQuery({
    queryKey: queryKeys.lineageExport,
    queryFn: ({ signal }) => fetchGraphQL(LineageExportQueryDocument, {}, { signal }).then((d) => d.lineageExport),
    refetchInterval: 5_000,
  });
}
