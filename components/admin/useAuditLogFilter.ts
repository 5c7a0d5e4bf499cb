"use client";
// The audit log's filters, kept in the URL (`?actor=…&action=…`) so a filtered log can be linked and survives a
// reload; typing updates the URL in place, and the query follows once the typing stops.
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import type { AuditEventsFilter } from "../../graphql/client/queryKeys";
import { useDebouncedValue } from "../runs/useDebouncedValue";

export interface AuditLogFilterState {
  /** What the inputs show. */
  text: AuditEventsFilter;
  set: (patch: Partial<AuditEventsFilter>) => void;
  /** What the query asks for. */
  filter: AuditEventsFilter;
  filtered: boolean;
}

const PARAMS: Record<keyof AuditEventsFilter, string> = { actor: "actor", actionPrefix: "action" };

export function useAuditLogFilter(): AuditLogFilterState {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const urlActor = searchParams.get(PARAMS.actor) ?? "";
  const urlAction = searchParams.get(PARAMS.actionPrefix) ?? "";
  const [text, setTextState] = useState<AuditEventsFilter>({ actor: urlActor, actionPrefix: urlAction });

  // Back/forward (or a link to a filtered log) changes the URL under us; follow it while rendering.
  const [followed, setFollowed] = useState(`${urlActor}\n${urlAction}`);
  if (followed !== `${urlActor}\n${urlAction}`) {
    setFollowed(`${urlActor}\n${urlAction}`);
    setTextState({ actor: urlActor, actionPrefix: urlAction });
  }

  const set = useCallback(
    (patch: Partial<AuditEventsFilter>) => {
      setTextState((current) => {
        const next = { ...current, ...patch };
        const params = new URLSearchParams(window.location.search);
        for (const key of Object.keys(PARAMS) as Array<keyof AuditEventsFilter>) {
          if (next[key].trim()) params.set(PARAMS[key], next[key].trim());
          else params.delete(PARAMS[key]);
        }
        const query = params.toString();
        // history.replaceState keeps Next's router in sync without a navigation per keystroke.
        window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
        return next;
      });
    },
    [pathname],
  );

  const debounced = useDebouncedValue(text);
  const filter = useMemo<AuditEventsFilter>(
    () => ({ actor: debounced.actor.trim(), actionPrefix: debounced.actionPrefix.trim() }),
    [debounced],
  );
  return { text, set, filter, filtered: text.actor.trim() !== "" || text.actionPrefix.trim() !== "" };
}
