"use client";
// The deployment page: every code location with its load status, load errors and a reload button, whether the
// daemon and workers are alive, and how the OpenLineage export is doing when there is one.
import { errorMessage, isDatabaseUnreachable } from "../../graphql/client/fetchGraphQL";
import { PageHeader } from "../shell/PageHeader";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { ServerIcon } from "../ui/icons";
import { TableSkeleton } from "../ui/Skeleton";
import { CodeLocationsTable } from "./CodeLocationsTable";
import { InstanceStatus } from "./InstanceStatus";
import { LineageExportSection } from "./LineageExportSection";
import { useCodeLocations } from "./useCodeLocations";

export function DeploymentPage() {
  const locations = useCodeLocations();
  const count = locations.data?.length;
  return (
    <div className="mx-auto max-w-[1400px] px-6 py-6">
      <PageHeader
        title="Deployment"
        subtitle={
          count === undefined
            ? "Code locations loaded by this instance"
            : `${count} code location${count === 1 ? "" : "s"} loaded by this instance`
        }
      />
      <section aria-label="Code locations" className="mt-5">
        {locations.isPending ? (
          <TableSkeleton rows={3} label="Loading code locations" />
        ) : locations.isError ? (
          <ErrorState
            title={
              isDatabaseUnreachable(locations.error) ? "The database is unreachable" : "Could not load code locations"
            }
            message={errorMessage(locations.error)}
            onRetry={() => void locations.refetch()}
          />
        ) : locations.data.length === 0 ? (
          <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
            <EmptyState icon={<ServerIcon size={22} />} title="No code locations">
              Add a code location to <code className="font-mono text-neutral-700">strata.config.ts</code> and run{" "}
              <code className="font-mono text-neutral-700">strata dev</code>.
            </EmptyState>
          </div>
        ) : (
          <CodeLocationsTable locations={locations.data} />
        )}
      </section>
      <section aria-label="Daemon and workers" className="mt-8">
        <h2 className="mb-3 text-[15px] font-semibold text-neutral-900">Daemon and workers</h2>
        <InstanceStatus />
      </section>
      <LineageExportSection />
    </div>
  );
}
