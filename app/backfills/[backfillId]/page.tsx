// One backfill: status, progress per asset and partition, and the runs it launched, live while it runs.
import type { Metadata } from "next";
import { BackfillPage } from "../../../components/backfills/BackfillPage";

interface Props {
  params: Promise<{ backfillId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { backfillId } = await params;
  return { title: `Backfill ${decodeURIComponent(backfillId)}` };
}

export default async function Page({ params }: Props) {
  const { backfillId } = await params;
  return <BackfillPage backfillId={decodeURIComponent(backfillId)} />;
}
