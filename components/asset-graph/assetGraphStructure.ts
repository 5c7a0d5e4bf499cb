// The global graph's first request: what draws the picture (keys, groups, kinds, lineage, and what the selection box
// reads), without the status fields (latest materialization, freshness, staleness) that cost the server most per
// asset. At 10,000 assets it answers in a third of the time of the full list, so the graph draws first and the
// statuses follow (useAssetGraphNodes).
import { graphql } from "../../graphql/client/generated";
import type { AssetGraphStructureQuery } from "../../graphql/client/generated/graphql";
import { AssetGraphOverviewQueryDocument, EARLY_OVERVIEW_KEY } from "./assetGraphGroups";

export const AssetGraphStructureQueryDocument = graphql(`
  query AssetGraphStructure {
    assetNodes { ...AssetNodeStructureFields }
  }
`);

export type AssetGraphStructureItem = AssetGraphStructureQuery["assetNodes"][number];

/** Where the early request's answer waits for the page's scripts (see earlyAssetGraphStructureScript). */
const EARLY_KEY = "__strataAssetGraphStructure";

/**
 * A script for the page's HTML that sends the graph's first requests while the page's scripts still load and hydrate,
 * so the server works in the meantime (half a second and more at 10,000 assets): the overview (groups and counts),
 * then, unless the overview says the graph opens on its groups, the structure of every asset. The page takes the
 * answers with takeEarlyAssetGraphStructure and useAssetGraphOverview. Only a full page load runs it: React does not
 * run scripts it renders on the client.
 */
export function earlyAssetGraphStructureScript(): string {
  const post = (document: string) =>
    `fetch("/api/graphql",{method:"POST",headers:{"content-type":"application/json",accept:"application/json"},body:${JSON.stringify(JSON.stringify({ query: document, variables: {} }))}}).then(function(r){return r.ok?r.json():null}).catch(function(){return null})`;
  return [
    `var o=window.${EARLY_OVERVIEW_KEY}=${post(AssetGraphOverviewQueryDocument.toString())};`,
    // Opened on its groups: no structure is needed (null); an overview that failed falls back to the structure.
    `window.${EARLY_KEY}=o.then(function(b){return b&&b.data&&b.data.assetGraphOverview&&b.data.assetGraphOverview.overviewFirst?null:${post(AssetGraphStructureQueryDocument.toString())}});`,
  ].join("");
}

/** The early request's assets, once (later calls get null); null too when it failed, so the caller asks again. */
export function takeEarlyAssetGraphStructure(): Promise<AssetGraphStructureItem[] | null> | null {
  if (typeof window === "undefined") return null;
  const early = (
    window as unknown as Record<
      string,
      Promise<{ data?: AssetGraphStructureQuery | null; errors?: unknown } | null> | undefined
    >
  )[EARLY_KEY];
  if (!early) return null;
  delete (window as unknown as Record<string, unknown>)[EARLY_KEY];
  return early.then((body) => (body && !body.errors && body.data ? body.data.assetNodes : null));
}
