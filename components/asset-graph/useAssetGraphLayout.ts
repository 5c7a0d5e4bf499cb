"use client";
// Lays out the graph in a Web Worker whenever the visible assets, edges or collapsed groups change (or takes the
// layout kept from an earlier visit, layoutCache); where no worker can start (tests, old browsers) the same function
// runs on the main thread.
import { useEffect, useMemo, useState } from "react";
import { type AssetGraphLayout, type LayoutInput, layoutAssetGraph } from "./layoutAssetGraph";
import type { LayoutRequest, LayoutResponse } from "./layoutAssetGraph.worker";
import { cacheLayout, layoutCacheKey, readCachedLayout } from "./layoutCache";

/** One worker for the page, started on first use; null once it failed to start or crashed. */
let worker: Worker | null | undefined;
let nextRequestId = 0;
const pending = new Map<
  number,
  { resolve: (layout: AssetGraphLayout) => void; reject: (error: Error) => void; input: LayoutInput }
>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // Written out in full so the bundler sees the worker entry and builds it.
    worker = new Worker(new URL("./layoutAssetGraph.worker.ts", import.meta.url), { type: "module" });
  } catch {
    worker = null;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
    const request = pending.get(data.id);
    if (!request) return;
    pending.delete(data.id);
    if ("layout" in data) request.resolve(data.layout);
    else request.reject(new Error(data.error));
  };
  worker.onerror = () => {
    // The worker cannot run here: lay out what was waiting, and everything after, on the main thread.
    worker?.terminate();
    worker = null;
    for (const [id, request] of pending) {
      pending.delete(id);
      layoutOnMainThread(request.input).then(request.resolve, request.reject);
    }
  };
  return worker;
}

/** Starts the worker ahead of the first layout (while the assets load), so its script is ready when they arrive. */
export function prepareLayoutWorker(): void {
  if (typeof Worker !== "undefined") layoutWorker();
}

function layoutOnMainThread(input: LayoutInput): Promise<AssetGraphLayout> {
  return new Promise((resolve, reject) => {
    try {
      resolve(layoutAssetGraph(input));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function layOut(input: LayoutInput): Promise<AssetGraphLayout> {
  const target = typeof Worker === "undefined" ? null : layoutWorker();
  if (!target) return layoutOnMainThread(input);
  return new Promise((resolve, reject) => {
    const id = nextRequestId++;
    pending.set(id, { resolve, reject, input });
    target.postMessage({ id, input } satisfies LayoutRequest);
  });
}

/**
 * What the layout depends on, as one string: a new input with the same assets, groups and edges (statuses arrived,
 * a refetch while a run goes) keeps the layout it has rather than laying out 10,000 assets again.
 */
function layoutSignature(input: LayoutInput): string {
  const parts: string[] = [];
  for (const asset of input.assets) parts.push(`${asset.id}\t${asset.groupName}`);
  for (const edge of input.edges) parts.push(`${edge.source}>${edge.target}`);
  parts.push(input.collapsedGroups.join("\t"));
  return parts.join("\n");
}

export function useAssetGraphLayout(input: LayoutInput | null): {
  layout: AssetGraphLayout | null;
  error: string | null;
} {
  const [state, setState] = useState<{ layout: AssetGraphLayout | null; error: string | null }>({
    layout: null,
    error: null,
  });
  const signature = useMemo(() => (input ? layoutSignature(input) : null), [input]);
  // The input of the current signature: a new input object with the same signature does not start a layout.
  const [laidOut, setLaidOut] = useState<{ signature: string | null; input: LayoutInput | null }>({
    signature: null,
    input: null,
  });
  if (signature !== laidOut.signature) setLaidOut({ signature, input });
  const stableInput = signature === laidOut.signature ? laidOut.input : input;

  useEffect(() => {
    const input = stableInput;
    if (!input || signature === null) return;
    let cancelled = false;
    // A layout kept from an earlier visit if there is one; else a new one, kept for the next visit.
    const key = layoutCacheKey(signature);
    const laidOutNow = async () => {
      const layout = await layOut(input);
      cacheLayout(key, layout);
      return layout;
    };
    readCachedLayout(key)
      .then((cached) => cached ?? laidOutNow())
      .then(
        (layout) => {
          if (!cancelled) setState({ layout, error: null });
        },
        (error: unknown) => {
          if (!cancelled) setState({ layout: null, error: error instanceof Error ? error.message : String(error) });
        },
      );
    // A newer input supersedes a layout still in flight.
    return () => {
      cancelled = true;
    };
  }, [stableInput, signature]);

  return state;
}
