// Assets: the catalog of every asset.
import type { Metadata } from "next";
import { Suspense } from "react";
import { AssetCatalog } from "../../components/catalog/AssetCatalog";

export const metadata: Metadata = { title: "Assets" };

export default function Page() {
  return (
    <Suspense>
      <AssetCatalog />
    </Suspense>
  );
}
