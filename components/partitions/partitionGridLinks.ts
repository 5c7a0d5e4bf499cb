// The multi-asset partition grid's URL: one row per asset over the partition dimensions they share.

/** At most this many assets share one grid; the page refuses longer lists by name. */
export const MAX_GRID_ASSETS = 100;

export function multiAssetPartitionsHref(assetKeys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of assetKeys) params.append("asset", key);
  return `/partitions?${params.toString()}`;
}
