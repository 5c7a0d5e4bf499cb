"use client";
// What the custom graph nodes read from the canvas, passed by context so node data stays plain and serialisable:
// the callbacks they call, and whether the canvas is zoomed out past reading (one store subscription for the whole
// canvas rather than one per node, which would run on every pan frame).
import { createContext, useContext } from "react";

export interface GraphActions {
  toggleGroup: (groupName: string) => void;
}

export const GraphActionsContext = createContext<GraphActions>({ toggleGroup: () => {} });

export function useGraphActions(): GraphActions {
  return useContext(GraphActionsContext);
}

/**
 * How much a node shows at the canvas's zoom: everything; below 0.45, where its text is too small to read, the name
 * alone, set larger; below 0.2, where even that is a smudge (and hundreds of nodes are in view), a coloured box.
 */
export type NodeDetail = "full" | "name" | "box";

export function nodeDetailAt(zoom: number): NodeDetail {
  return zoom >= 0.45 ? "full" : zoom >= 0.2 ? "name" : "box";
}

export const NodeDetailContext = createContext<NodeDetail>("full");

export function useNodeDetail(): NodeDetail {
  return useContext(NodeDetailContext);
}
