// An asset's page, addressed by its key path: /assets/analytics/daily_active_users.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AssetDetailPage } from "../../../components/assets/AssetDetailPage";

interface Props {
  params: Promise<{ key: string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  return { title: key.map(decodeSegment).join("/") };
}

export default async function Page({ params }: Props) {
  const { key } = await params;
  return (
    <Suspense>
      <AssetDetailPage path={key.map(decodeSegment)} />
    </Suspense>
  );
}

/** Segments arrive encoded on some paths (e.g. "%2F" inside a segment); decoding twice must never throw. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
