"use client";
// Runs the (async) ELK layout whenever the visible assets, edges or collapsed groups change.
import { useEffect, useState } from "react";
import { layoutAssetGraph, type AssetGraphLayout, type LayoutInput } from "./layoutAssetGraph";

export function useAssetGraphLayout(input: LayoutInput | null): { layout: AssetGraphLayout | null; error: string | null } {
  const [state, setState] = useState<{ input: LayoutInput | null; layout: AssetGraphLayout | null; error: string | null }>({
    input: null,
    layout: null,
    error: null,
  });

  useEffect(() => {
    if (!input) return;
    let cancelled = false;
    layoutAssetGraph(input).then(
      (layout) => {
        if (!cancelled) setState({ input, layout, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState({ input, layout: null, error: error instanceof Error ? error.message : String(error) });
      },
    );
    // A newer input supersedes a layout still in flight.
    return () => {
      cancelled = true;
    };
  }, [input]);

  return { layout: state.layout, error: state.error };
}
