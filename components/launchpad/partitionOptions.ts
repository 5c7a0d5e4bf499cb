// The partition picker's options: the newest keys whose text contains the filter, each with its status, at most
// `limit`, read from the back of the key space so a long daily history costs only what is shown.
import type { PartitionKeySpace } from "../../lib/core/partitions";
import { PartitionState } from "../partitions/partitionStatus";

export interface PartitionOption {
  key: string;
  state: PartitionState;
}

export function partitionOptions(
  space: Pick<PartitionKeySpace, "size" | "keyAt">,
  states: Uint8Array | null,
  filter: string,
  limit: number,
): { options: PartitionOption[]; more: boolean } {
  const needle = filter.trim().toLowerCase();
  const options: PartitionOption[] = [];
  for (let i = space.size - 1; i >= 0; i--) {
    const key = space.keyAt(i);
    if (needle && !key.toLowerCase().includes(needle)) continue;
    if (options.length === limit) return { options, more: true };
    options.push({ key, state: (states?.[i] ?? PartitionState.MISSING) as PartitionState });
  }
  return { options, more: false };
}
