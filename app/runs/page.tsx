// Runs: every run, newest first, with live status.
import type { Metadata } from "next";
import { RunsPage } from "../../components/runs/RunsPage";

export const metadata: Metadata = { title: "Runs" };

export default function Page() {
  return <RunsPage />;
}
