// Runs: every run, newest first, with live status.
import type { Metadata } from "next";
import { Suspense } from "react";
import { RunsPage } from "../../components/runs/RunsPage";

export const metadata: Metadata = { title: "Runs" };

export default function Page() {
  // The filters live in the URL, which needs a Suspense boundary in a statically rendered route.
  return (
    <Suspense>
      <RunsPage />
    </Suspense>
  );
}
