// Parses asset selection text into an AST: precedence is not > and > or, and "+" traversals bind tightest.
//
//   or        := and ("or" and)*
//   and       := not ("and" not)*
//   not       := "not" not | traversal
//   traversal := [digits] "+" primary ["+" [digits]] | primary ["+" [digits]]
//   primary   := "(" or ")" | "*" | attribute ":" value | key

import { closestMatch } from "../closestMatch";
import { SELECTION_ATTRIBUTES, type SelectionAst, type SelectionAttribute, type TraversalDepth } from "./ast";
import { SelectionSyntaxError } from "./syntaxError";
import { type Token, tokenize } from "./tokenize";

export type ParseSelectionResult = { ok: true; ast: SelectionAst } | { ok: false; error: SelectionSyntaxError };

/** Parses a selection; empty or whitespace-only text selects every asset. */
export function parseSelection(text: string): ParseSelectionResult {
  try {
    return { ok: true, ast: new Parser(tokenize(text)).parseAll() };
  } catch (error) {
    if (error instanceof SelectionSyntaxError) return { ok: false, error };
    throw error;
  }
}

/**
 * Parentheses and "not" nested deeper than this are refused: the parser recurses once per level, so thousands of
 * them would overflow the stack. "a or b or …" chains of any length do not nest, so long key lists stay fine.
 */
export const MAX_SELECTION_NESTING = 100;

const KEYWORDS = new Set(["and", "or", "not"]);
const DIGITS = /^\d+$/;

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): SelectionAst {
    if (this.peek().type === "end") return { type: "all" };
    const ast = this.parseOr();
    const next = this.peek();
    if (next.type !== "end") {
      throw this.error(
        `Expected "and", "or" or the end of the selection at position ${next.start} but found ${describe(next)}`,
        next,
      );
    }
    return ast;
  }

  private parseOr(after?: Token): SelectionAst {
    let left = this.parseAnd(after);
    while (this.isKeyword(this.peek(), "or")) {
      const operator = this.advance();
      left = { type: "or", left, right: this.parseAnd(operator) };
    }
    return left;
  }

  private parseAnd(after?: Token): SelectionAst {
    let left = this.parseNot(after);
    while (this.isKeyword(this.peek(), "and")) {
      const operator = this.advance();
      left = { type: "and", left, right: this.parseNot(operator) };
    }
    return left;
  }

  private parseNot(after?: Token): SelectionAst {
    if (this.isKeyword(this.peek(), "not")) {
      const operator = this.advance();
      return { type: "not", operand: this.nested(operator, () => this.parseNot(operator)) };
    }
    return this.parseTraversal(after);
  }

  private parseTraversal(after?: Token): SelectionAst {
    let upstream: TraversalDepth | null = null;
    const first = this.peek();
    const second = this.peek(1);
    let prefix: Token | undefined = after;
    if (first.type === "word" && DIGITS.test(first.text) && second.type === "plus" && second.start === first.end) {
      upstream = Number(first.text);
      this.advance();
      prefix = this.advance();
    } else if (first.type === "plus") {
      upstream = "all";
      prefix = this.advance();
    }
    const operand = this.parsePrimary(prefix);
    let downstream: TraversalDepth | null = null;
    const plus = this.peek();
    if (plus.type === "plus") {
      this.advance();
      const depth = this.peek();
      if (depth.type === "word" && DIGITS.test(depth.text) && depth.start === plus.end) {
        this.advance();
        downstream = Number(depth.text);
      } else {
        downstream = "all";
      }
    }
    return upstream === null && downstream === null ? operand : { type: "traversal", operand, upstream, downstream };
  }

  private parsePrimary(after: Token | undefined): SelectionAst {
    const token = this.peek();
    if (token.type === "lparen") {
      this.advance();
      if (this.peek().type === "rparen") throw this.expectedSelection(this.peek(), token);
      const inner = this.nested(token, () => this.parseOr(token));
      const close = this.peek();
      if (close.type !== "rparen") {
        throw this.error(
          `Expected ")" at position ${close.start} to close the "(" at position ${token.start} but found ${describe(close)}`,
          close,
        );
      }
      this.advance();
      return inner;
    }
    if ((token.type === "word" && !this.isKeyword(token)) || token.type === "string") return this.parseTerm();
    throw this.expectedSelection(token, after);
  }

  /** Reads adjacent words and strings as one term, so `group:"user events"` is one value. */
  private parseTerm(): SelectionAst {
    const pieces: Extract<Token, { type: "word" | "string" }>[] = [];
    for (let token = this.peek(); token.type === "word" || token.type === "string"; token = this.peek()) {
      const previous = pieces[pieces.length - 1];
      if (previous && token.start !== previous.end) break;
      pieces.push(token);
      this.advance();
    }
    const first = pieces[0] as Extract<Token, { type: "word" | "string" }>;
    const colon = first.type === "word" ? first.text.indexOf(":") : -1;
    if (colon < 0) {
      const value = pieces.map((p) => p.text).join("");
      if (pieces.length === 1 && first.type === "word" && value === "*") return { type: "all" };
      return { type: "attribute", attribute: "key", value };
    }
    const name = first.text.slice(0, colon);
    const attribute = SELECTION_ATTRIBUTES.find((a) => a === name);
    if (!attribute) throw this.unknownAttribute(name, first.start);
    const valueStart = first.start + colon + 1;
    const rest = [first.text.slice(colon + 1), ...pieces.slice(1).map((p) => p.text)].join("");
    if (rest === "" && pieces.length === 1) {
      throw new SelectionSyntaxError(`Expected a value after "${name}:" at position ${valueStart}`, valueStart);
    }
    return attribute === "tag" ? this.tagTerm(pieces, valueStart) : { type: "attribute", attribute, value: rest };
  }

  /** `tag:tier=gold` or `tag:tier`; the first unquoted "=" separates key from value. */
  private tagTerm(pieces: Extract<Token, { type: "word" | "string" }>[], valueStart: number): SelectionAst {
    let key = "";
    let value: string | null = null;
    let equalsAt = -1;
    for (const [index, piece] of pieces.entries()) {
      const skipped = index === 0 ? piece.text.indexOf(":") + 1 : 0;
      const text = piece.text.slice(skipped);
      const equals = piece.type === "word" && value === null ? text.indexOf("=") : -1;
      if (value !== null) {
        value += text;
      } else if (equals >= 0) {
        key += text.slice(0, equals);
        value = text.slice(equals + 1);
        equalsAt = piece.start + skipped + equals;
      } else {
        key += text;
      }
    }
    const last = pieces[pieces.length - 1];
    if (equalsAt >= 0 && key === "")
      throw new SelectionSyntaxError(`Expected a tag key before "=" at position ${equalsAt}`, equalsAt);
    if (value === "" && last?.type !== "string") {
      const end = last?.end ?? valueStart;
      throw new SelectionSyntaxError(
        `Expected a tag value after "=" at position ${end} (write tag:${key}="" to match an empty value)`,
        end,
      );
    }
    return { type: "tag", key, value };
  }

  private unknownAttribute(name: string, position: number): SelectionSyntaxError {
    const valid = SELECTION_ATTRIBUTES.join(", ");
    const suggestion = closestAttribute(name);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
    return new SelectionSyntaxError(
      `Unknown attribute "${name}" at position ${position}; valid attributes are ${valid}.${hint}`,
      position,
    );
  }

  private expectedSelection(token: Token, after: Token | undefined): SelectionSyntaxError {
    const found = token.type === "end" ? "" : ` but found ${describe(token)}`;
    const context = after ? ` after ${describe(after)}` : "";
    return this.error(
      `Expected an asset key, attribute (such as group:name) or "("${context} at position ${token.start}${found}`,
      token,
    );
  }

  /** Parses one more level of nesting, refusing to go past MAX_SELECTION_NESTING. */
  private nested<T>(opener: Token, parse: () => T): T {
    if (this.nesting >= MAX_SELECTION_NESTING) {
      throw this.error(
        `The selection nests parentheses and "not" more than ${MAX_SELECTION_NESTING} levels deep at position ${opener.start} (the most a selection may nest); write it with fewer levels`,
        opener,
      );
    }
    this.nesting++;
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  private isKeyword(token: Token, keyword?: string): boolean {
    if (token.type !== "word") return false;
    const lower = token.text.toLowerCase();
    return keyword === undefined ? KEYWORDS.has(lower) : lower === keyword;
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.type !== "end") this.index++;
    return token;
  }

  private error(message: string, token: Token): SelectionSyntaxError {
    return new SelectionSyntaxError(message, token.start);
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case "word":
      return `"${token.text}"`;
    case "string":
      return JSON.stringify(token.text);
    case "lparen":
      return '"("';
    case "rparen":
      return '")"';
    case "plus":
      return '"+"';
    case "end":
      return "the end of the selection";
  }
}

function closestAttribute(name: string): SelectionAttribute | null {
  const match = closestMatch(name.toLowerCase(), SELECTION_ATTRIBUTES, 2);
  return SELECTION_ATTRIBUTES.find((a) => a === match) ?? null;
}
