// Backfills: every backfill, newest first, with live progress.
import type { Metadata } from "next";
import { BackfillsPage } from "../../components/backfills/BackfillsPage";

export const metadata: Metadata = { title: "Backfills" };

export default function Page() {
  return <BackfillsPage />;
}
