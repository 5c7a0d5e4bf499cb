// The multi-asset partition grid: /partitions?asset=raw_events&asset=analytics/daily_active_users.
import type { Metadata } from "next";
import { MultiAssetPartitionsPage } from "../../components/partitions/MultiAssetPartitionsPage";

export const metadata: Metadata = { title: "Partitions" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function Page({ searchParams }: Props) {
  const { asset } = await searchParams;
  const keys = asset === undefined ? [] : Array.isArray(asset) ? asset : [asset];
  return <MultiAssetPartitionsPage assetKeys={keys} />;
}
