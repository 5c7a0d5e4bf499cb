// One job: what it materializes, its presets and default run config, and its recent runs.
import type { Metadata } from "next";
import { JobPage } from "../../../components/jobs/JobPage";

interface Props {
  params: Promise<{ jobName: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { jobName } = await params;
  return { title: `Job ${decodeURIComponent(jobName)}` };
}

export default async function Page({ params }: Props) {
  const { jobName } = await params;
  return <JobPage jobName={decodeURIComponent(jobName)} />;
}
