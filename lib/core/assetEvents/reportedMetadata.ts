// Metadata as a report sends it: a plain JSON value (string → text, integer → int, other number → float, boolean →
// bool, anything else → json, as the SDK converts plain values), or a typed value `{ "type": "url", "value": "…" }`.
import { z } from "zod";
import type { MetadataValue } from "../definitionsSnapshot";

const column = z.strictObject({
  name: z.string().min(1),
  type: z.string(),
  description: z.string().nullable().optional(),
});
const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The value each typed metadata entry takes, as stored. */
const typedValueSchemas = {
  text: z.string(),
  int: z.number().int().refine(Number.isSafeInteger, "must be a safe integer"),
  float: z.number(),
  bool: z.boolean(),
  url: z.url(),
  path: z.string(),
  markdown: z.string(),
  json: z.unknown(),
  timestamp: z.iso.datetime({ offset: true }),
  table_schema: z.strictObject({ columns: z.array(column) }),
  table_preview: z.strictObject({
    columns: z.array(column).nullable(),
    records: z.array(z.record(z.string(), cell)),
  }),
  column_lineage: z.strictObject({
    depsByColumn: z.record(
      z.string(),
      z.array(z.strictObject({ assetKey: z.array(z.string().min(1)).min(1), column: z.string().min(1) })),
    ),
  }),
} satisfies Record<MetadataValue["type"], z.ZodType>;

export const METADATA_TYPES = Object.keys(typedValueSchemas) as MetadataValue["type"][];

const isMetadataType = (type: string): type is MetadataValue["type"] => Object.hasOwn(typedValueSchemas, type);

export type ReportedMetadataValue =
  | { ok: true; value: MetadataValue }
  | { ok: false; path: PropertyKey[]; message: string };

/** An object with exactly `type` and `value`, and a string type: a typed value (or a mistyped one). */
function typedForm(raw: unknown): { type: string; value: unknown } | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const keys = Object.keys(raw);
  if (keys.length !== 2 || !keys.includes("type") || !keys.includes("value")) return null;
  const { type, value } = raw as { type: unknown; value: unknown };
  return typeof type === "string" ? { type, value } : null;
}

export function metadataValueOfReport(raw: unknown): ReportedMetadataValue {
  const typed = typedForm(raw);
  if (typed) {
    if (!isMetadataType(typed.type))
      return {
        ok: false,
        path: ["type"],
        message: `"${typed.type}" is not a metadata type; use one of ${METADATA_TYPES.join(", ")}, or wrap a JSON object shaped like this in { "type": "json", "value": … }.`,
      };
    const checked = typedValueSchemas[typed.type].safeParse(typed.value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return {
        ok: false,
        path: ["value", ...(issue?.path ?? [])],
        message: `Not a ${typed.type} value: ${issue?.message ?? "invalid"}.`,
      };
    }
    return { ok: true, value: { type: typed.type, value: checked.data } as MetadataValue };
  }
  switch (typeof raw) {
    case "string":
      return { ok: true, value: { type: "text", value: raw } };
    case "boolean":
      return { ok: true, value: { type: "bool", value: raw } };
    case "number":
      return {
        ok: true,
        value: Number.isSafeInteger(raw) ? { type: "int", value: raw } : { type: "float", value: raw },
      };
    default:
      return { ok: true, value: { type: "json", value: raw ?? null } };
  }
}
