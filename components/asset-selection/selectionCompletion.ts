// What the selection box offers at the cursor: attributes (`group:`), the values of the attribute being typed (from the
// loaded assets), asset keys and operators. Pure, so the box and its tests share one answer.
import { SELECTION_ATTRIBUTES, type SelectionAttribute } from "../../lib/core/selection";

/** The values each attribute can take, gathered from the loaded assets. */
export type SelectionVocabulary = Readonly<Record<SelectionAttribute, readonly string[]>>;

export type CompletionKind = "attribute" | "value" | "key" | "operator";

export interface CompletionItem {
  /** What the list shows. */
  label: string;
  /** What replaces the text between `from` and `to`. */
  insert: string;
  kind: CompletionKind;
  /** A short explanation shown beside the label. */
  detail: string;
}

export interface Completion {
  /** The span of the text the accepted item replaces. */
  from: number;
  to: number;
  items: CompletionItem[];
}

/** Lists stay short enough to scan; typing narrows them. */
export const MAX_COMPLETIONS = 12;

const ATTRIBUTE_DETAIL: Record<SelectionAttribute, string> = {
  key: "asset key, * matches any run of characters",
  group: "asset group",
  tag: "tag key or key=value",
  owner: "owner",
  kind: "compute or storage kind",
  code_location: "code location",
  column: "column name",
};

const OPERATORS: readonly CompletionItem[] = [
  { label: "and", insert: "and ", kind: "operator", detail: "both sides match" },
  { label: "or", insert: "or ", kind: "operator", detail: "either side matches" },
  { label: "+", insert: "+", kind: "operator", detail: "add downstream assets (+2: two hops)" },
];

const STARTERS: readonly CompletionItem[] = [
  { label: "not", insert: "not ", kind: "operator", detail: "assets that do not match" },
  { label: "+", insert: "+", kind: "operator", detail: "add upstream assets of what follows" },
  { label: "(", insert: "(", kind: "operator", detail: "group an expression" },
  { label: "*", insert: "*", kind: "operator", detail: "every asset" },
];

/** Characters that end a term: whitespace, parentheses and traversal signs. */
const BOUNDARY = /[\s()+]/;

export function emptyVocabulary(): SelectionVocabulary {
  return { key: [], group: [], tag: [], owner: [], kind: [], code_location: [], column: [] };
}

/**
 * The completion at `cursor` in `text`. An empty list means there is nothing useful to offer (for instance inside a
 * quoted value, or after a complete term while nothing is typed yet and the caller asked for no operators).
 */
export function completeSelection(text: string, cursor: number, vocabulary: SelectionVocabulary): Completion {
  const at = Math.max(0, Math.min(cursor, text.length));
  if (insideQuotes(text, at)) return { from: at, to: at, items: [] };
  let from = at;
  while (from > 0 && !BOUNDARY.test(text[from - 1] as string)) from--;
  let to = at;
  while (to < text.length && !BOUNDARY.test(text[to] as string)) to++;
  const fragment = text.slice(from, at);

  const colon = fragment.indexOf(":");
  if (colon >= 0) {
    const name = fragment.slice(0, colon);
    const attribute = SELECTION_ATTRIBUTES.find((a) => a === name);
    if (!attribute) return { from, to, items: attributeItems(name) };
    const prefix = fragment.slice(colon + 1);
    const items = rank(vocabulary[attribute], prefix).map(
      (value): CompletionItem => ({
        label: value,
        insert: `${attribute}:${quoteIfNeeded(value, attribute)}`,
        kind: "value",
        detail: ATTRIBUTE_DETAIL[attribute],
      }),
    );
    return { from, to, items: items.slice(0, MAX_COMPLETIONS) };
  }

  const afterOperand = followsOperand(text, from);
  if (fragment === "") {
    const items = afterOperand ? [...OPERATORS] : [...attributeItems(""), ...STARTERS];
    return { from, to, items: items.slice(0, MAX_COMPLETIONS) };
  }

  const lower = fragment.toLowerCase();
  const keywords = (afterOperand ? OPERATORS : STARTERS).filter(
    (item) => /^[a-z]/.test(item.label) && item.label.startsWith(lower) && item.label !== lower,
  );
  // After a complete term only "and" or "or" can follow; a key there would not parse.
  if (afterOperand) return { from, to, items: keywords };
  const keys = rank(vocabulary.key, fragment).map(
    (key): CompletionItem => ({ label: key, insert: quoteIfNeeded(key, "key"), kind: "key", detail: "asset key" }),
  );
  const items = [...attributeItems(lower), ...keywords, ...keys].filter(
    // Offering exactly what is typed helps nobody.
    (item) => item.insert !== fragment,
  );
  return { from, to, items: items.slice(0, MAX_COMPLETIONS) };
}

/** The text once `item` is accepted, and where the cursor goes. */
export function applyCompletion(text: string, completion: Completion, item: CompletionItem) {
  const next = text.slice(0, completion.from) + item.insert + text.slice(completion.to);
  return { text: next, cursor: completion.from + item.insert.length };
}

/** Gathers each attribute's distinct values from the loaded assets, sorted. */
export function selectionVocabulary(
  nodes: ReadonlyArray<{
    assetKey: { path: readonly string[] };
    groupName: string;
    kinds: readonly string[];
    owners: readonly string[];
    tags: ReadonlyArray<{ key: string; value: string }>;
    codeLocationName: string;
    columnNames: readonly string[];
  }>,
): SelectionVocabulary {
  const sets: Record<SelectionAttribute, Set<string>> = {
    key: new Set(),
    group: new Set(),
    tag: new Set(),
    owner: new Set(),
    kind: new Set(),
    code_location: new Set(),
    column: new Set(),
  };
  for (const node of nodes) {
    sets.key.add(node.assetKey.path.join("/"));
    sets.group.add(node.groupName);
    for (const kind of node.kinds) sets.kind.add(kind);
    for (const owner of node.owners) sets.owner.add(owner);
    for (const tag of node.tags) {
      sets.tag.add(tag.key);
      sets.tag.add(`${tag.key}=${tag.value}`);
    }
    if (node.codeLocationName) sets.code_location.add(node.codeLocationName);
    for (const column of node.columnNames) sets.column.add(column);
  }
  const sorted = (set: Set<string>) => [...set].filter((v) => v !== "").sort();
  return {
    key: sorted(sets.key),
    group: sorted(sets.group),
    tag: sorted(sets.tag),
    owner: sorted(sets.owner),
    kind: sorted(sets.kind),
    code_location: sorted(sets.code_location),
    column: sorted(sets.column),
  };
}

function attributeItems(prefix: string): CompletionItem[] {
  return SELECTION_ATTRIBUTES.filter((a) => a.startsWith(prefix.toLowerCase())).map((attribute) => ({
    label: `${attribute}:`,
    insert: `${attribute}:`,
    kind: "attribute",
    detail: ATTRIBUTE_DETAIL[attribute],
  }));
}

/** Values that start with the prefix first, then those that merely contain it; case-insensitive. */
function rank(values: readonly string[], prefix: string): string[] {
  const needle = prefix.toLowerCase();
  if (!needle) return [...values];
  const starts: string[] = [];
  const contains: string[] = [];
  for (const value of values) {
    const lower = value.toLowerCase();
    if (lower.startsWith(needle)) starts.push(value);
    else if (lower.includes(needle)) contains.push(value);
  }
  return [...starts, ...contains];
}

/** Values with spaces, quotes or selection punctuation must be quoted to parse as one term. */
function quoteIfNeeded(value: string, attribute: SelectionAttribute): string {
  if (!/[\s"()+]/.test(value)) return value;
  if (attribute === "tag") {
    // Only the value half of `key=value` may be quoted; keys with punctuation cannot be written.
    const equals = value.indexOf("=");
    if (equals >= 0) return `${value.slice(0, equals + 1)}${JSON.stringify(value.slice(equals + 1))}`;
  }
  return JSON.stringify(value);
}

function insideQuotes(text: string, cursor: number): boolean {
  let open = false;
  for (let i = 0; i < cursor; i++) {
    if (text[i] === "\\" && open) i++;
    else if (text[i] === '"') open = !open;
  }
  return open;
}

/** Whether the text before `position` ends with a complete operand (a term, `)`, or a downstream `+`). */
function followsOperand(text: string, position: number): boolean {
  const before = text.slice(0, position).trimEnd();
  if (before === "") return false;
  const last = before[before.length - 1] as string;
  if (last === ")" || last === '"') return true;
  if (last === "(") return false;
  if (last === "+") {
    // "a+" ends an operand (downstream); a leading "+" or " +" starts one (upstream).
    const prior = before.slice(0, -1).trimEnd();
    return prior !== "" && !/[(\s]$/.test(before.slice(0, -1)) && !/\b(and|or|not)$/.test(prior);
  }
  const word = /[^\s()+]+$/.exec(before)?.[0] ?? "";
  if (/^\d+$/.test(word)) return /\+\d+$/.test(before);
  return !["and", "or", "not"].includes(word);
}
