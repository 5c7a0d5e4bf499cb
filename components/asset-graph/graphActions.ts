"use client";
// What the custom graph nodes read from the canvas, passed by context so node data stays plain and serialisable:
// the callbacks they call, and whether the canvas is zoomed out past reading (one store subscription for the whole
// canvas rather than one per node, which would run on every pan frame).
import { createContext, useContext } from "react";
import type { NodeDetail } from "./zoomLevel";

export interface GraphActions {
  toggleGroup: (groupName: string) => void;
  /** Zooms in on a group, from its box in the zoomed-out overview. */
  zoomToGroup: (groupId: string) => void;
}

export const GraphActionsContext = createContext<GraphActions>({ toggleGroup: () => {}, zoomToGroup: () => {} });

export function useGraphActions(): GraphActions {
  return useContext(GraphActionsContext);
}

export const NodeDetailContext = createContext<NodeDetail>("full");

export function useNodeDetail(): NodeDetail {
  return useContext(NodeDetailContext);
}
