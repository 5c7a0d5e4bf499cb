"use client";
// Callbacks the custom graph nodes need, passed by context so node data stays plain and serialisable.
import { createContext, useContext } from "react";

export interface GraphActions {
  toggleGroup: (groupName: string) => void;
}

export const GraphActionsContext = createContext<GraphActions>({ toggleGroup: () => {} });

export function useGraphActions(): GraphActions {
  return useContext(GraphActionsContext);
}
