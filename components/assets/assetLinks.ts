// Asset URLs: the asset page for a key path, with each segment encoded.

export function assetPageHref(path: readonly string[], tab?: string): string {
  const base = `/assets/${path.map(encodeURIComponent).join("/")}`;
  return tab ? `${base}?tab=${encodeURIComponent(tab)}` : base;
}
