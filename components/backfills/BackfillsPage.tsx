"use client";
// The backfills list (/backfills): newest first, paged by cursor, live while any backfill is moving.
import Link from "next/link";
import { useMemo } from "react";
import { PageHeader } from "../shell/PageHeader";
import { EmptyState } from "../ui/EmptyState";
import { CalendarIcon } from "../ui/icons";
import { LoadMoreFooter } from "../ui/LoadMoreFooter";
import { QueryState } from "../ui/QueryState";
import { TableSkeleton } from "../ui/Skeleton";
import { BackfillsTable } from "./BackfillsTable";
import type { BackfillListItem } from "./useBackfills";
import { useBackfills } from "./useBackfills";

export function BackfillsPage() {
  const backfills = useBackfills();
  const rows = useMemo<BackfillListItem[]>(
    () => (backfills.data?.pages ?? []).flatMap((p) => p.results),
    [backfills.data],
  );

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader title="Backfills" subtitle="Materializations of many partitions at once, newest first" />
      <div className="mt-4">
        <QueryState
          query={backfills}
          skeleton={<TableSkeleton rows={6} label="Loading backfills" />}
          errorTitle="Could not load backfills"
        >
          {() =>
            rows.length === 0 ? (
              <div className="rounded-lg border border-dashed border-neutral-300 bg-white">
                <EmptyState icon={<CalendarIcon size={22} />} title="No backfills yet">
                  Open a partitioned asset&apos;s{" "}
                  <Link href="/assets" className="font-medium text-accent-700 hover:underline">
                    Partitions
                  </Link>{" "}
                  tab, select partitions and choose{" "}
                  <strong className="font-medium text-neutral-700">Materialize</strong>; the backfill appears here with
                  its progress, partition by partition.
                </EmptyState>
              </div>
            ) : (
              <>
                <BackfillsTable backfills={rows} />
                <LoadMoreFooter count={rows.length} noun="backfill" pages={backfills} />
              </>
            )
          }
        </QueryState>
      </div>
    </div>
  );
}
