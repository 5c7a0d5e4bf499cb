import { describe, expect, it } from "vitest";
import { buildAssetGraph } from "../assetGraph";
import { buildAssetNode } from "../testing";
import type { SelectionAst } from "./ast";
import { selectAssets } from "./evaluate";
import { MAX_SELECTION_NESTING, parseSelection } from "./parse";
import { printSelection } from "./print";

function ast(text: string): SelectionAst {
  const result = parseSelection(text);
  if (!result.ok) throw new Error(`unexpected syntax error: ${result.error.message}`);
  return result.ast;
}

function syntaxError(text: string): { message: string; position: number } {
  const result = parseSelection(text);
  if (result.ok) throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
  return { message: result.error.message, position: result.error.position };
}

const key = (value: string): SelectionAst => ({ type: "attribute", attribute: "key", value });

describe("parseSelection", () => {
  it("treats empty and whitespace-only text as everything", () => {
    expect(ast("")).toEqual({ type: "all" });
    expect(ast("   \n")).toEqual({ type: "all" });
    expect(ast("*")).toEqual({ type: "all" });
  });

  it("parses keys, bare or with key:, including globs and quotes", () => {
    expect(ast("raw_events")).toEqual(key("raw_events"));
    expect(ast("key:analytics/fact_events")).toEqual(key("analytics/fact_events"));
    expect(ast("key:user_events/*")).toEqual(key("user_events/*"));
    expect(ast('"raw_events"')).toEqual(key("raw_events"));
    expect(ast('key:"a/b"')).toEqual(key("a/b"));
  });

  it("parses each attribute", () => {
    expect(ast("group:user_events")).toEqual({ type: "attribute", attribute: "group", value: "user_events" });
    expect(ast("owner:team@x.com")).toEqual({ type: "attribute", attribute: "owner", value: "team@x.com" });
    expect(ast("owner:team:analytics")).toEqual({ type: "attribute", attribute: "owner", value: "team:analytics" });
    expect(ast("kind:postgres")).toEqual({ type: "attribute", attribute: "kind", value: "postgres" });
    expect(ast("code_location:user-events")).toEqual({
      type: "attribute",
      attribute: "code_location",
      value: "user-events",
    });
    expect(ast('group:"user events"')).toEqual({ type: "attribute", attribute: "group", value: "user events" });
    expect(ast("column:user_id")).toEqual({ type: "attribute", attribute: "column", value: "user_id" });
    expect(ast("column:*_id")).toEqual({ type: "attribute", attribute: "column", value: "*_id" });
  });

  it("parses tags with and without a value", () => {
    expect(ast("tag:tier=gold")).toEqual({ type: "tag", key: "tier", value: "gold" });
    expect(ast("tag:tier")).toEqual({ type: "tag", key: "tier", value: null });
    expect(ast('tag:tier="gold plated"')).toEqual({ type: "tag", key: "tier", value: "gold plated" });
    expect(ast('tag:tier=""')).toEqual({ type: "tag", key: "tier", value: "" });
    expect(ast('tag:"a=b"')).toEqual({ type: "tag", key: "a=b", value: null });
    expect(ast("tag:url=a=b")).toEqual({ type: "tag", key: "url", value: "a=b" });
  });

  it("parses traversals with and without depth", () => {
    const raw = key("raw");
    expect(ast("+raw")).toEqual({ type: "traversal", operand: raw, upstream: "all", downstream: null });
    expect(ast("2+raw")).toEqual({ type: "traversal", operand: raw, upstream: 2, downstream: null });
    expect(ast("raw+")).toEqual({ type: "traversal", operand: raw, upstream: null, downstream: "all" });
    expect(ast("raw+2")).toEqual({ type: "traversal", operand: raw, upstream: null, downstream: 2 });
    expect(ast("+raw+")).toEqual({ type: "traversal", operand: raw, upstream: "all", downstream: "all" });
    expect(ast("1+raw+3")).toEqual({ type: "traversal", operand: raw, upstream: 1, downstream: 3 });
    expect(ast("+(group:analytics)")).toEqual({
      type: "traversal",
      operand: { type: "attribute", attribute: "group", value: "analytics" },
      upstream: "all",
      downstream: null,
    });
  });

  it("reads a number without an adjacent + as a key", () => {
    expect(ast("2020")).toEqual(key("2020"));
    expect(ast("2 or x")).toEqual({ type: "or", left: key("2"), right: key("x") });
  });

  it("binds not tighter than and, and tighter than or", () => {
    expect(ast("a or b and not c")).toEqual({
      type: "or",
      left: key("a"),
      right: { type: "and", left: key("b"), right: { type: "not", operand: key("c") } },
    });
    expect(ast("not a and b")).toEqual({ type: "and", left: { type: "not", operand: key("a") }, right: key("b") });
    expect(ast("(a or b) and c")).toEqual({
      type: "and",
      left: { type: "or", left: key("a"), right: key("b") },
      right: key("c"),
    });
    expect(ast("a and b and c")).toEqual({
      type: "and",
      left: { type: "and", left: key("a"), right: key("b") },
      right: key("c"),
    });
    expect(ast("not not a")).toEqual({ type: "not", operand: { type: "not", operand: key("a") } });
  });

  it("binds + tighter than not", () => {
    expect(ast("not +a")).toEqual({
      type: "not",
      operand: { type: "traversal", operand: key("a"), upstream: "all", downstream: null },
    });
  });

  it("accepts keywords in any case and operators next to parentheses", () => {
    expect(ast("a AND NOT(b)")).toEqual({ type: "and", left: key("a"), right: { type: "not", operand: key("b") } });
    expect(ast('"and"')).toEqual(key("and"));
  });
});

describe("parseSelection errors", () => {
  it("points at a missing attribute value", () => {
    expect(syntaxError("group:")).toEqual({ message: 'Expected a value after "group:" at position 6', position: 6 });
    expect(syntaxError("a or  tag: ")).toEqual({
      message: 'Expected a value after "tag:" at position 10',
      position: 10,
    });
  });

  it("names an unknown attribute and lists the valid ones", () => {
    expect(syntaxError("a and grup:x")).toEqual({
      message:
        'Unknown attribute "grup" at position 6; valid attributes are key, group, tag, owner, kind, code_location, column. Did you mean "group"?',
      position: 6,
    });
    expect(syntaxError("color:red").message).toBe(
      'Unknown attribute "color" at position 0; valid attributes are key, group, tag, owner, kind, code_location, column.',
    );
  });

  it("points at a dangling operator", () => {
    expect(syntaxError("a and")).toEqual({
      message: 'Expected an asset key, attribute (such as group:name) or "(" after "and" at position 5',
      position: 5,
    });
    expect(syntaxError("not")).toEqual({
      message: 'Expected an asset key, attribute (such as group:name) or "(" after "not" at position 3',
      position: 3,
    });
    expect(syntaxError("or a").position).toBe(0);
    expect(syntaxError("a or or b")).toEqual({
      message: 'Expected an asset key, attribute (such as group:name) or "(" after "or" at position 5 but found "or"',
      position: 5,
    });
    expect(syntaxError("++a")).toEqual({
      message: 'Expected an asset key, attribute (such as group:name) or "(" after "+" at position 1 but found "+"',
      position: 1,
    });
    expect(syntaxError("2+").position).toBe(2);
  });

  it("points at unbalanced parentheses", () => {
    expect(syntaxError("(a or b")).toEqual({
      message: 'Expected ")" at position 7 to close the "(" at position 0 but found the end of the selection',
      position: 7,
    });
    expect(syntaxError("a)")).toEqual({
      message: 'Expected "and", "or" or the end of the selection at position 1 but found ")"',
      position: 1,
    });
    expect(syntaxError("()")).toEqual({
      message: 'Expected an asset key, attribute (such as group:name) or "(" after "(" at position 1 but found ")"',
      position: 1,
    });
  });

  it("points at two terms without an operator between them", () => {
    expect(syntaxError("a b")).toEqual({
      message: 'Expected "and", "or" or the end of the selection at position 2 but found "b"',
      position: 2,
    });
    expect(syntaxError("a+ 2").position).toBe(3);
  });

  it("points at an unterminated quote", () => {
    expect(syntaxError('group:"user')).toEqual({
      message: "Expected a closing quote at position 11 for the value starting at position 6",
      position: 11,
    });
  });

  it("points at malformed tags", () => {
    expect(syntaxError("tag:=gold")).toEqual({ message: 'Expected a tag key before "=" at position 4', position: 4 });
    expect(syntaxError("tag:tier=")).toEqual({
      message: 'Expected a tag value after "=" at position 9 (write tag:tier="" to match an empty value)',
      position: 9,
    });
  });
});

describe("printSelection", () => {
  it.each([
    "*",
    "raw_events",
    "key:user_events/*",
    "group:analytics and not tag:tier=gold",
    "(a or b) and c",
    "a or b and c",
    "a and (b and c)",
    "+(group:analytics or kind:postgres)+2",
    "2+a",
    "not (a or b)",
    'group:"user events"',
    "owner:team:analytics",
    "column:user_id or column:*_cents",
    '"and" or "2" or "a:b"',
    'tag:tier="" and tag:pii',
  ])("round-trips %s", (text) => {
    expect(ast(printSelection(ast(text)))).toEqual(ast(text));
  });

  it("prints minimal parentheses", () => {
    expect(printSelection(ast("(a) or ((b and c))"))).toBe("a or b and c");
    expect(printSelection(ast("+( a or b )"))).toBe("+(a or b)");
  });
});

describe("nesting limit", () => {
  it("refuses 5,000 nested parentheses and a long run of not with an error naming the limit, not a stack overflow", () => {
    for (const text of [
      `${"(".repeat(5000)}a${")".repeat(5000)}`,
      `${"not ".repeat(5000)}a`,
      `${"+(".repeat(3000)}a${")".repeat(3000)}`,
    ]) {
      const parsed = parseSelection(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.error.message).toMatch(new RegExp(`more than ${MAX_SELECTION_NESTING} levels deep`));
    }
    expect(parseSelection(`${"(".repeat(MAX_SELECTION_NESTING)}a${")".repeat(MAX_SELECTION_NESTING)}`).ok).toBe(true);
  });

  it("keeps long or-chains: a selection of 20,000 keys parses and evaluates", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}`);
    const graph = buildAssetGraph(keys.slice(0, 3).map((key) => buildAssetNode(key)));
    const selected = selectAssets(graph, keys.join(" or "));
    expect(selected.ok && selected.keys.sort()).toEqual(["k0", "k1", "k2"]);
  });
});
