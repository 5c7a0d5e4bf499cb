// The launchpad: run config, partition and tags for a job, a selection of assets, or a run to relaunch.
import type { Metadata } from "next";
import { Suspense } from "react";
import { LaunchpadPage } from "../../components/launchpad/LaunchpadPage";

export const metadata: Metadata = { title: "Launchpad" };

export default function Page() {
  // The page reads its target from the URL, which needs a Suspense boundary in a statically rendered route.
  return (
    <Suspense>
      <LaunchpadPage />
    </Suspense>
  );
}
