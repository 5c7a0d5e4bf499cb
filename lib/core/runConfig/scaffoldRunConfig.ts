// "Scaffold missing config": adds the fields the text lacks — required ones with a placeholder of the right type,
// optional ones with their default, so every knob is in view — keeping what the user wrote (and their comments).
// Resources come as a commented-out block: their values are set in code and anything written under `resources:`
// overrides them — even a default or a placeholder — so each field the launch may override is shown, ready to
// uncomment, and none is set by pressing a button.
import { Document, isMap, parseDocument } from "yaml";
import { LOCKED_FIELD } from "./lockedOverrides";
import type { JsonSchema } from "./types";

/** The text with missing fields added; unchanged when nothing is missing or the text does not parse. */
export function scaffoldRunConfigText(schema: JsonSchema, text: string): string {
  const document = parseDocument(text.trim() ? text : "{}");
  if (document.errors.length > 0) return text;
  const root: unknown = document.toJS();
  if (root !== null && root !== undefined && (typeof root !== "object" || Array.isArray(root))) return text;
  const additions = missingFields(schema, root ?? {}, []);
  const resources = hasResources(root) || text.includes(RESOURCES_HEADER) ? null : resourcesComment(schema);
  if (additions.length === 0 && !resources) return text;
  // An empty document parses as a flow map "{}"; start a block map instead so the result reads as YAML.
  const target = !isMap(document.contents) || document.contents.items.length === 0 ? new Document({}) : document;
  for (const { path, value } of additions) target.setIn(path, value);
  if (resources) target.comment = target.comment ? `${target.comment}\n${resources}` : resources;
  const written = target.toString({ indent: 2, lineWidth: 0 });
  // A document of comments only: the "{}" of an empty map would read as if it were config.
  return isMap(target.contents) && target.contents.items.length === 0 ? written.replace(/^\{\}\n\n?/, "") : written;
}

const RESOURCES_HEADER = " Resources keep the values set in code; uncomment a field to override it at this launch.";

function hasResources(root: unknown): boolean {
  const value = typeof root === "object" && root !== null ? (root as Record<string, unknown>).resources : undefined;
  return typeof value === "object" && value !== null && Object.keys(value).length > 0;
}

/**
 * The resources section as comment lines (the yaml library prefixes each with "#"): every field run config may
 * override, with its default or a placeholder and its type. Null when no resource has such a field.
 */
function resourcesComment(schema: JsonSchema): string | null {
  const lines: string[] = [];
  for (const [name, resource] of Object.entries(schema.properties?.resources?.properties ?? {})) {
    const fields = Object.entries(resource.properties?.config?.properties ?? {}).filter(
      ([, field]) => field[LOCKED_FIELD] !== true,
    );
    if (fields.length === 0) continue;
    lines.push(`   ${name}:`, "     config:");
    for (const [field, fieldSchema] of fields) {
      const type = Array.isArray(fieldSchema.type) ? fieldSchema.type.join(" | ") : (fieldSchema.type ?? "value");
      const note = fieldSchema.description ? `${type}: ${fieldSchema.description}` : type;
      lines.push(`       ${field}: ${JSON.stringify(placeholderFor(fieldSchema))}  # ${note}`);
    }
  }
  return lines.length > 0 ? [RESOURCES_HEADER, " resources:", ...lines].join("\n") : null;
}

/** Paths of fields missing from `value`, each with what to put there. */
function missingFields(schema: JsonSchema, value: unknown, path: string[]): { path: string[]; value: unknown }[] {
  const object = objectBranch(schema);
  if (!object?.properties || typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const present = value as Record<string, unknown>;
  const additions: { path: string[]; value: unknown }[] = [];
  for (const [name, child] of Object.entries(object.properties)) {
    const childPath = [...path, name];
    if (childPath[0] === "resources") continue;
    if (Object.hasOwn(present, name) && present[name] !== null)
      additions.push(...missingFields(child, present[name], childPath));
    else if (object.required?.includes(name) || child.default !== undefined || objectBranch(child)?.properties) {
      const value = placeholderFor(child);
      // An object with nothing to fill (an asset that takes no config) is left out rather than written as {}.
      if (!isEmptyObject(value)) additions.push({ path: childPath, value });
    }
  }
  return additions;
}

/** The default when there is one, else the first enum member, else an empty value of the type (objects recursively). */
export function placeholderFor(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const object = objectBranch(schema);
  if (object?.properties) {
    const filled: Record<string, unknown> = {};
    for (const [name, child] of Object.entries(object.properties)) {
      if (!object.required?.includes(name) && child.default === undefined && !objectBranch(child)?.properties) continue;
      const value = placeholderFor(child);
      if (!isEmptyObject(value) || object.required?.includes(name)) filled[name] = value;
    }
    return filled;
  }
  const branch = schema.anyOf?.find((b) => b.type !== "null") ?? schema.oneOf?.find((b) => b.type !== "null");
  if (branch) return placeholderFor(branch);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "string":
      return "";
    case "integer":
    case "number":
      return schema.minimum ?? 0;
    case "boolean":
      return false;
    case "array":
      return [];
    case "object":
      return {};
    default:
      return null;
  }
}

function objectBranch(schema: JsonSchema): JsonSchema | null {
  if (schema.properties) return schema;
  return schema.anyOf?.find((b) => b.properties) ?? schema.oneOf?.find((b) => b.properties) ?? null;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
