"use client";
// The partition selection and its text form, kept in step both ways: grid gestures rewrite the text, and typing a
// valid selection moves the grid (an invalid one keeps the last grid selection and says why).
import { useCallback, useState } from "react";
import {
  formatPartitionSelection,
  type IndexRange,
  type PartitionKeySpace,
  parsePartitionSelection,
  rangesCount,
} from "../../lib/core/partitions";

export interface PartitionSelection {
  ranges: readonly IndexRange[];
  count: number;
  text: string;
  /** Why the text is not a selection, or null. */
  textError: string | null;
  /** From the grid or a quick selection: replaces the selection and rewrites the text. */
  select: (ranges: readonly IndexRange[]) => void;
  /** From the text field. */
  setText: (text: string) => void;
  /** Rewrites the text in its canonical form, e.g. when the field loses focus. */
  normaliseText: () => void;
}

/** `explain` rewrites lib/core's message where the console knows better (see explainSelectionProblem). */
export function usePartitionSelection(
  space: PartitionKeySpace,
  explain: (message: string) => string = (m) => m,
): PartitionSelection {
  const [ranges, setRanges] = useState<readonly IndexRange[]>([]);
  const [text, setTextState] = useState("");
  const [textError, setTextError] = useState<string | null>(null);

  const select = useCallback(
    (next: readonly IndexRange[]) => {
      setRanges(next);
      setTextState(next.length > 0 ? formatPartitionSelection(space, [...next]) : "");
      setTextError(null);
    },
    [space],
  );

  const setText = useCallback(
    (value: string) => {
      setTextState(value);
      // An empty field is simply no selection, not an error worth a red message.
      if (!value.trim()) {
        setRanges([]);
        setTextError(null);
        return;
      }
      const parsed = parsePartitionSelection(space, value);
      if (parsed.ok) {
        setRanges(parsed.ranges);
        setTextError(null);
      } else {
        setTextError(explain(parsed.message));
      }
    },
    [explain, space],
  );

  const normaliseText = useCallback(() => {
    if (textError === null) setTextState(ranges.length > 0 ? formatPartitionSelection(space, [...ranges]) : "");
  }, [ranges, space, textError]);

  return { ranges, count: rangesCount(ranges), text, textError, select, setText, normaliseText };
}
