// One run: status, steps on a timeline, and its event and compute logs, live while it runs.
import type { Metadata } from "next";
import { RunPage } from "../../../components/runs/RunPage";

interface Props {
  params: Promise<{ runId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { runId } = await params;
  return { title: `Run ${decodeURIComponent(runId).slice(0, 8)}` };
}

export default async function Page({ params }: Props) {
  const { runId } = await params;
  return <RunPage runId={decodeURIComponent(runId)} />;
}
