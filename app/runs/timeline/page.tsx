// Runs over time: one row per job (or asset), a bar per run coloured by status, over the last 6 hours to 7 days.
import type { Metadata } from "next";
import { Suspense } from "react";
import { RunsTimelinePage } from "../../../components/runs/RunsTimelinePage";

export const metadata: Metadata = { title: "Runs timeline" };

export default function Page() {
  // The range and grouping live in the URL, which needs a Suspense boundary in a statically rendered route.
  return (
    <Suspense>
      <RunsTimelinePage />
    </Suspense>
  );
}
