// Lineage: the global asset graph.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AssetGraphPage } from "../../components/asset-graph/AssetGraphPage";
import { earlyAssetGraphStructureScript } from "../../components/asset-graph/assetGraphStructure";

export const metadata: Metadata = { title: "Lineage" };

export default function Page() {
  // The selection lives in the query string, read on the client; Suspense keeps the rest of the page static. The
  // script asks for the graph's structure as the HTML arrives, before the page's scripts have loaded.
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: earlyAssetGraphStructureScript() }} />
      <Suspense>
        <AssetGraphPage />
      </Suspense>
    </>
  );
}
