// Jobs: every job of the loaded code locations, with its assets, partitions and presets.
import type { Metadata } from "next";
import { JobsPage } from "../../components/jobs/JobsPage";

export const metadata: Metadata = { title: "Jobs" };

export default function Page() {
  return <JobsPage />;
}
