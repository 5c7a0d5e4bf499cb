// What the run config YAML editor knows from the JSON Schema: where the cursor is, what may be typed there, what a
// key means, and where in the text an error points.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, stringify } from "yaml";
import type { ConfigError, JsonSchema, JsonSchemaType } from "../../lib/core/runConfig/types";

export interface TextRange {
  from: number;
  to: number;
}

export interface CursorPath {
  /** On a key: the path of the map the key goes in. On a value: the path of that value. */
  path: string[];
  onKey: boolean;
  /** The part of the key or value typed before the cursor. */
  prefix: string;
}

export interface CompletionOption {
  label: string;
  detail?: string;
  info?: string;
  apply?: string;
  type: "property" | "enum" | "keyword";
  /** Ranks required keys and the default value above the rest when nothing has been typed to rank by. */
  boost?: number;
}

export interface CompletionList {
  from: number;
  /** The end of the word under the cursor, so choosing an option replaces all of it. */
  to: number;
  options: CompletionOption[];
}

export interface KeyHover {
  from: number;
  to: number;
  title: string;
  type: string;
  description?: string;
  defaultValue?: string;
  required: boolean;
  enumValues?: string[];
}

// A key no one would type, put where the user is typing so the parser can say whose child it is.
const PROBE_KEY = "__strata_cursor_probe__";
const LINE = /^(\s*)((?:-\s+)*)(.*)$/;
const KEY_VALUE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#][^#]*?)\s*:(?:\s+(.*))?$/;
const PLAIN_KEY = /^[A-Za-z_][\w./-]*$/;

// ---------------------------------------------------------------------------------------------------------------
// Walking the parsed document

interface Entry {
  /** The full path of the value. */
  path: string[];
  /** The key scalar, or null for a sequence item. */
  keyNode: unknown;
  valueNode: unknown;
}

function rangeOf(node: unknown): TextRange | null {
  if (!isScalar(node) && !isMap(node) && !isSeq(node)) return null;
  const range = node.range;
  return range ? { from: range[0], to: range[1] } : null;
}

function keyName(key: unknown): string | null {
  return isScalar(key) && key.value !== null && key.value !== undefined ? String(key.value) : null;
}

/** Visits every key/value and sequence item depth first; returns the first entry `visit` accepts. */
function walk(node: unknown, path: string[], visit: (entry: Entry) => boolean): Entry | null {
  const entries: Entry[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      const name = isPair(pair) ? keyName(pair.key) : null;
      if (name !== null) entries.push({ path: [...path, name], keyNode: pair.key, valueNode: pair.value });
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) =>
      entries.push({ path: [...path, String(index)], keyNode: null, valueNode: item }),
    );
  }
  for (const entry of entries) {
    const found = visit(entry) ? entry : walk(entry.valueNode, entry.path, visit);
    if (found) return found;
  }
  return null;
}

function childOf(node: unknown, segment: string): { keyNode: unknown; valueNode: unknown } | null {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyName(item.key) === segment);
    return pair ? { keyNode: pair.key, valueNode: pair.value } : null;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item: unknown = node.items[Number(segment)];
    return item === undefined ? null : { keyNode: null, valueNode: item };
  }
  return null;
}

/**
 * The text to underline for the node at `path`: a scalar's value, else its key (a block map spans many lines, and an
 * empty value has no text of its own). For a missing path, the deepest ancestor that exists, so "missing required
 * field" can be shown at the parent.
 */
export function rangeOfPath(text: string, path: string[]): TextRange | null {
  let node: unknown = parseDocument(text).contents;
  let anchor: TextRange | null = null;
  for (const segment of path) {
    const child = childOf(node, segment);
    if (!child) return anchor;
    anchor = rangeOf(child.keyNode) ?? rangeOf(child.valueNode) ?? anchor;
    node = child.valueNode;
  }
  const isEmpty = node === null || node === undefined || (isScalar(node) && node.value === null && !node.source);
  if (isEmpty) return anchor;
  const isBlockCollection = (isMap(node) || isSeq(node)) && !node.flow;
  return isBlockCollection ? anchor : (rangeOf(node) ?? anchor);
}

// ---------------------------------------------------------------------------------------------------------------
// Where the cursor is

interface CursorContext extends CursorPath {
  to: number;
  /** Keys already in the map a key is being typed into (not counting the one under the cursor). */
  siblings: string[];
  inComment: boolean;
  /** On a key: the rest of the line already has the colon, so a completion should not add another. */
  colonFollows: boolean;
  /** On a value typed right after the colon: a completion needs the separating space. */
  needsSpace: boolean;
}

function unquoteKey(raw: string): string {
  if (raw.startsWith('"')) {
    try {
      return String(JSON.parse(raw));
    } catch {
      return raw.slice(1, -1);
    }
  }
  return raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
}

/** Inside a quoted or block scalar that began on an earlier line, the whole line is that value's text. */
function multilineScalarAt(text: string, offset: number, lineStart: number): string[] | null {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const entry = walk(doc.contents, [], ({ valueNode }) => {
    if (!isScalar(valueNode) || valueNode.type === "PLAIN" || !valueNode.range) return false;
    const [start, end] = valueNode.range;
    return start < lineStart && offset > start && offset <= end;
  });
  return entry?.path ?? null;
}

/** Puts the probe key where the cursor's key or value is and asks the parser which map it landed in. */
function containerByProbe(
  text: string,
  lineStart: number,
  lineEnd: number,
  lead: string,
): { path: string[]; siblings: string[] } | null {
  const probed = `${text.slice(0, lineStart)}${lead}${PROBE_KEY}:${text.slice(lineEnd)}`;
  const keysIn = (node: unknown): string[] | null => {
    if (!isMap(node)) return null;
    const names = node.items.map((pair) => (isPair(pair) ? keyName(pair.key) : null));
    return names.includes(PROBE_KEY) ? names.filter((n): n is string => n !== null && n !== PROBE_KEY) : null;
  };
  const root = parseDocument(probed).contents;
  const atRoot = keysIn(root);
  if (atRoot) return { path: [], siblings: atRoot };
  const entry = walk(root, [], ({ valueNode }) => keysIn(valueNode) !== null);
  return entry ? { path: entry.path, siblings: keysIn(entry.valueNode) ?? [] } : null;
}

interface RawLine {
  indent: number;
  dashes: string;
  rest: string;
  blank: boolean;
}

function readLine(line: string): RawLine {
  const [, spaces = "", dashes = "", rest = ""] = LINE.exec(line) ?? [];
  return {
    indent: spaces.length,
    dashes,
    rest,
    blank: (rest.trim() === "" && dashes === "") || rest.trimStart().startsWith("#"),
  };
}

/** The parent keys of a line judged by indentation alone, for text too broken for the parser to place the cursor. */
function containerByIndentation(
  lines: string[],
  lineIndex: number,
  column: number,
): { path: string[]; siblings: string[] } {
  const reversed: string[] = [];
  let want = column;
  for (let i = lineIndex - 1; i >= 0 && want > 0; i--) {
    const line = readLine(lines[i] ?? "");
    if (line.blank) continue;
    const keyColumn = line.indent + line.dashes.length;
    const match = KEY_VALUE.exec(line.rest);
    if (keyColumn < want && match?.[1] && !match[2]) {
      reversed.push(unquoteKey(match[1]));
      want = keyColumn;
    }
    if (line.dashes && line.indent < want) {
      let index = 0;
      for (let j = i - 1; j >= 0; j--) {
        const above = readLine(lines[j] ?? "");
        if (above.blank || above.indent > line.indent) continue;
        if (above.indent < line.indent || !above.dashes) break;
        index++;
      }
      reversed.push(String(index));
      want = line.indent;
    }
  }
  const siblings: string[] = [];
  const collect = (i: number): boolean => {
    const line = readLine(lines[i] ?? "");
    if (line.blank) return true;
    if (line.indent + line.dashes.length < column) return false;
    const key = line.indent === column && !line.dashes ? KEY_VALUE.exec(line.rest)?.[1] : undefined;
    if (key) siblings.push(unquoteKey(key));
    return true;
  };
  for (let i = lineIndex - 1; i >= 0 && collect(i); i--);
  for (let i = lineIndex + 1; i < lines.length && collect(i); i++);
  return { path: reversed.reverse(), siblings };
}

function cursorContext(text: string, offset: number): CursorContext {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const lineEnd = newline === -1 ? text.length : newline;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const base = { siblings: [], inComment: false, colonFollows: false, needsSpace: false };

  const inScalar = multilineScalarAt(text, offset, lineStart);
  if (inScalar) return { ...base, path: inScalar, onKey: false, prefix: "", to: offset };

  const { indent, dashes, rest } = readLine(before);
  const lead = before.slice(0, indent) + dashes;
  const inComment = /(^|\s)#/.test(rest);
  const keyValue = KEY_VALUE.exec(rest);
  const container =
    containerByProbe(text, lineStart, lineEnd, lead) ??
    containerByIndentation(text.split("\n"), text.slice(0, lineStart).split("\n").length - 1, lead.length);

  if (keyValue?.[1]) {
    const value = keyValue[2] ?? "";
    const prefix = /[^\s,[\]{}]*$/.exec(value)?.[0] ?? "";
    const tail = /^[^\s,\]}#]*/.exec(after)?.[0] ?? "";
    return {
      ...base,
      inComment,
      path: [...container.path, unquoteKey(keyValue[1])],
      onKey: false,
      prefix,
      to: offset + tail.length,
      needsSpace: before.endsWith(":"),
    };
  }
  const prefix = /[^\s"'{}[\],:#]*$/.exec(rest)?.[0] ?? "";
  const tail = /^[^\s:#"']*/.exec(after)?.[0] ?? "";
  return {
    ...base,
    inComment,
    path: container.path,
    siblings: container.siblings,
    onKey: true,
    prefix,
    to: offset + tail.length,
    colonFollows: /^\s*:/.test(after.slice(tail.length)),
  };
}

/**
 * Where the cursor at `offset` is: the map a key is being typed into, or the value being typed. Works on text that
 * does not parse yet, such as a key typed on a new line without its colon.
 */
export function pathAtOffset(text: string, offset: number): CursorPath {
  const { path, onKey, prefix } = cursorContext(text, offset);
  return { path, onKey, prefix };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the schema

function typesOf(schema: JsonSchema): JsonSchemaType[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function branchesOf(schema: JsonSchema): JsonSchema[] {
  return schema.anyOf ?? schema.oneOf ?? [];
}

function isObjectLike(schema: JsonSchema): boolean {
  return typesOf(schema).includes("object") || schema.properties !== undefined;
}

function isArrayLike(schema: JsonSchema): boolean {
  return typesOf(schema).includes("array") || schema.items !== undefined;
}

// zod writes optional and nullable fields as anyOf with null, so the branch that can hold children is the one to follow.
function containerBranch(schema: JsonSchema, wantArray: boolean): JsonSchema {
  const fits = wantArray ? isArrayLike : isObjectLike;
  if (fits(schema)) return schema;
  return branchesOf(schema).find(fits) ?? schema;
}

/** The schema of the node at `path`, following properties, items, additionalProperties and anyOf/oneOf branches. */
export function schemaAtPath(schema: JsonSchema, path: string[]): JsonSchema | null {
  let current: JsonSchema = schema;
  for (const segment of path) {
    const isIndex = /^\d+$/.test(segment);
    const object = containerBranch(current, false);
    const array = containerBranch(current, true);
    const property =
      object.properties && Object.hasOwn(object.properties, segment) ? object.properties[segment] : undefined;
    const extra = typeof object.additionalProperties === "object" ? object.additionalProperties : undefined;
    const next = property ?? (isIndex ? array.items : undefined) ?? extra;
    if (!next) return null;
    current = next;
  }
  return current;
}

function typeLabel(schema: JsonSchema): string {
  const labels = new Set<string>();
  for (const type of typesOf(schema)) {
    labels.add(type === "array" && schema.items ? `${typeLabel(schema.items)}[]` : type);
  }
  for (const branch of branchesOf(schema)) labels.add(typeLabel(branch));
  if (labels.size === 0 && schema.enum) labels.add("enum");
  if (labels.size === 0 && schema.const !== undefined) labels.add(formatValue(schema.const));
  return labels.size === 0 ? "any" : [...labels].join(" | ");
}

/** A value as it would be written in the YAML text, quoted only where YAML needs it. */
function formatValue(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

interface LeafFacts {
  type: string;
  description?: string;
  defaultValue?: unknown;
  enumValues?: unknown[];
  boolean: boolean;
  nullable: boolean;
}

function leafFacts(schema: JsonSchema): LeafFacts {
  const all = [schema, ...branchesOf(schema)];
  const types = all.flatMap(typesOf);
  const enums = all.flatMap((s) => s.enum ?? []).filter((v) => v !== null);
  return {
    type: typeLabel(schema),
    description: all.find((s) => s.description)?.description,
    defaultValue: all.find((s) => s.default !== undefined)?.default,
    enumValues: enums.length > 0 ? enums : undefined,
    boolean: types.includes("boolean"),
    nullable: types.includes("null") || all.some((s) => s.const === null),
  };
}

function requiredIn(parent: JsonSchema | null, key: string): boolean {
  return parent ? (containerBranch(parent, false).required ?? []).includes(key) : false;
}

// ---------------------------------------------------------------------------------------------------------------
// Completions and hovers

function keyOptions(container: JsonSchema, ctx: CursorContext): CompletionOption[] {
  const properties = containerBranch(container, false).properties ?? {};
  const present = new Set(ctx.siblings);
  return Object.entries(properties)
    .filter(([key]) => !present.has(key))
    .map(([key, property]) => ({ key, property, required: requiredIn(container, key) }))
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map(({ key, property, required }) => {
      const written = PLAIN_KEY.test(key) ? key : JSON.stringify(key);
      const option: CompletionOption = {
        label: key,
        detail: required ? `${typeLabel(property)} · required` : typeLabel(property),
        apply: ctx.colonFollows ? written : `${written}: `,
        type: "property",
        boost: required ? 1 : 0,
      };
      const { description } = leafFacts(property);
      return description ? { ...option, info: description } : option;
    });
}

function valueOptions(schema: JsonSchema, ctx: CursorContext): CompletionOption[] {
  const facts = leafFacts(schema);
  const options: CompletionOption[] = [];
  const add = (value: unknown, type: CompletionOption["type"]): void => {
    const label = formatValue(value);
    if (options.some((o) => o.label === label)) return;
    options.push({ label, type, ...(ctx.needsSpace ? { apply: ` ${label}` } : {}) });
  };
  for (const value of facts.enumValues ?? []) add(value, "enum");
  if (facts.boolean) {
    add(true, "keyword");
    add(false, "keyword");
  }
  if (facts.defaultValue !== undefined)
    add(facts.defaultValue, typeof facts.defaultValue === "boolean" ? "keyword" : "enum");
  if (facts.nullable) add(null, "keyword");
  if (facts.defaultValue !== undefined) {
    const label = formatValue(facts.defaultValue);
    for (const option of options) {
      if (option.label === label) Object.assign(option, { detail: "default", boost: 1 });
    }
  }
  return options;
}

/** What may be typed at `offset`: keys the map at the cursor does not have yet, or values the field accepts. */
export function completionsAt(schema: JsonSchema, text: string, offset: number): CompletionList {
  const ctx = cursorContext(text, offset);
  const from = offset - ctx.prefix.length;
  const at = ctx.inComment ? null : schemaAtPath(schema, ctx.path);
  if (!at) return { from, to: ctx.to, options: [] };
  // A dash line under a list of scalars, or a new line under a scalar field, is a value even though no colon was typed.
  const options = ctx.onKey && containerBranch(at, false).properties ? keyOptions(at, ctx) : valueOptions(at, ctx);
  return { from, to: ctx.to, options };
}

/** What the key under `offset` means: its type, whether it is required, its default, its choices and description. */
export function hoverAt(schema: JsonSchema, text: string, offset: number): KeyHover | null {
  const found = walk(parseDocument(text).contents, [], ({ keyNode }) => {
    const range = rangeOf(keyNode);
    return range !== null && range.from <= offset && offset <= range.to;
  });
  const range = found && rangeOf(found.keyNode);
  if (!found || !range) return null;
  const field = schemaAtPath(schema, found.path);
  if (!field) return null;
  const facts = leafFacts(field);
  const key = found.path[found.path.length - 1] ?? "";
  const hover: KeyHover = {
    ...range,
    title: key,
    type: facts.type,
    required: requiredIn(schemaAtPath(schema, found.path.slice(0, -1)), key),
  };
  if (facts.description) hover.description = facts.description;
  if (facts.defaultValue !== undefined) hover.defaultValue = formatValue(facts.defaultValue);
  if (facts.enumValues) hover.enumValues = facts.enumValues.map(formatValue);
  return hover;
}

/** The text's YAML syntax errors, placed where they are and worded with their line and column. */
export function yamlSyntaxErrors(text: string): ConfigError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  return doc.errors.map((error) => {
    const from = Math.min(error.pos[0], text.length);
    const to = Math.min(Math.max(error.pos[1], from), text.length);
    const { line, col } = lineCounter.linePos(from);
    return { path: [], message: `Line ${line}, column ${col}: ${error.message}`, range: { from, to } };
  });
}
