// Lineage: the global asset graph.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AssetGraphPage } from "../../components/asset-graph/AssetGraphPage";

export const metadata: Metadata = { title: "Lineage" };

export default function Page() {
  // The selection lives in the query string, read on the client; Suspense keeps the rest of the page static.
  return (
    <Suspense>
      <AssetGraphPage />
    </Suspense>
  );
}
