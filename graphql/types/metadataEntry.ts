// MetadataEntry: a typed metadata value rendered as display text.
import "server-only";
import type { MetadataValue } from "../../lib/core/definitionsSnapshot";
import { builder } from "../builder";

export interface MetadataEntryShape {
  label: string;
  value: MetadataValue;
}

export const MetadataEntryRef = builder.objectRef<MetadataEntryShape>("MetadataEntry").implement({
  fields: (t) => ({
    label: t.exposeString("label"),
    type: t.string({ resolve: (e) => e.value.type }),
    // Structured values (json, table schema, table preview) are JSON text; the rest print as they are.
    value: t.string({
      resolve: (e) =>
        typeof e.value.value === "object" && e.value.value !== null
          ? JSON.stringify(e.value.value, null, 2)
          : String(e.value.value),
    }),
  }),
});

export function toMetadataEntries(metadata: Record<string, MetadataValue>): MetadataEntryShape[] {
  return Object.entries(metadata).map(([label, value]) => ({ label, value }));
}
