"use client";
// The selection box's state: text kept in `?selection=`, evaluated in the browser against the asset graph.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { type AssetGraph, buildAssetGraph } from "../../lib/core/assetGraph";
import { selectAssets } from "../../lib/core/selection";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import { toAssetNodeSnapshot } from "./toAssetNodeSnapshot";

export interface SelectionError {
  message: string;
  position: number;
}

export interface AssetSelectionState {
  /** The text in the box. */
  text: string;
  setText: (text: string) => void;
  /** Key strings that match, or null when nothing narrows the list (empty or invalid text). */
  selectedKeys: ReadonlySet<string> | null;
  error: SelectionError | null;
  /** The lineage graph of all assets, shared with callers for upstream/downstream lookups. */
  graph: AssetGraph | null;
}

export function useAssetSelection(nodes: readonly AssetNodeListItem[] | undefined): AssetSelectionState {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const [text, setTextState] = useState(() => searchParams.get("selection") ?? "");

  // Back/forward navigation changes the URL under us; follow it (adjusting state while rendering,
  // as React recommends, rather than in an effect that would render twice).
  const urlSelection = searchParams.get("selection") ?? "";
  const [followedUrlSelection, setFollowedUrlSelection] = useState(urlSelection);
  if (urlSelection !== followedUrlSelection) {
    setFollowedUrlSelection(urlSelection);
    if (text.trim() !== urlSelection.trim()) setTextState(urlSelection);
  }

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      // history.replaceState keeps Next's router in sync without a navigation per keystroke.
      const params = new URLSearchParams(window.location.search);
      if (next.trim()) params.set("selection", next);
      else params.delete("selection");
      const query = params.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );

  const graph = useMemo(() => (nodes ? buildAssetGraph(nodes.map(toAssetNodeSnapshot)) : null), [nodes]);

  const evaluation = useMemo((): { keys: ReadonlySet<string> | null; error: SelectionError | null } => {
    if (!graph || !text.trim()) return { keys: null, error: null };
    try {
      const result = selectAssets(graph, text);
      if (result.ok) return { keys: new Set(result.keys), error: null };
      return { keys: null, error: { message: result.error.message, position: result.error.position } };
    } catch (error) {
      // A bug in evaluation must not blank the page; show it like a syntax error at the start.
      return { keys: null, error: { message: error instanceof Error ? error.message : String(error), position: 0 } };
    }
  }, [graph, text]);

  return { text, setText, selectedKeys: evaluation.keys, error: evaluation.error, graph };
}
