// Prints a selection AST back to text, so the console can build selections (e.g. "+key+" from a clicked node).
import type { SelectionAst, TraversalDepth } from "./ast";

/** Text that parses back to the same AST; values are quoted only when they need to be. */
export function printSelection(ast: SelectionAst): string {
  return print(ast, 0);
}

// Binding strength: or < and < not < traversal/term; a child weaker than its parent gets parentheses.
const STRENGTH = { or: 1, and: 2, not: 3, traversal: 4, term: 5 } as const;

function print(ast: SelectionAst, parentStrength: number): string {
  const strength =
    ast.type === "or" || ast.type === "and" || ast.type === "not" || ast.type === "traversal"
      ? STRENGTH[ast.type]
      : STRENGTH.term;
  const text = printBare(ast);
  return strength < parentStrength ? `(${text})` : text;
}

function printBare(ast: SelectionAst): string {
  switch (ast.type) {
    case "all":
      return "*";
    case "attribute":
      return ast.attribute === "key"
        ? quoteIfNeeded(ast.value, true)
        : `${ast.attribute}:${quoteIfNeeded(ast.value, false)}`;
    case "tag":
      return ast.value === null
        ? `tag:${quoteIfNeeded(ast.key, false)}`
        : `tag:${quoteIfNeeded(ast.key, false)}=${quoteIfNeeded(ast.value, false)}`;
    case "not":
      return `not ${print(ast.operand, STRENGTH.not)}`;
    case "and":
      return `${print(ast.left, STRENGTH.and)} and ${print(ast.right, STRENGTH.and + 1)}`;
    case "or":
      return `${print(ast.left, STRENGTH.or)} or ${print(ast.right, STRENGTH.or + 1)}`;
    case "traversal": {
      // A traversal's operand must be a term or parenthesised, since "+" binds tighter than and/or/not.
      const operand = print(ast.operand, STRENGTH.term);
      return `${depthPrefix(ast.upstream)}${operand}${depthSuffix(ast.downstream)}`;
    }
  }
}

function depthPrefix(depth: TraversalDepth | null): string {
  return depth === null ? "" : depth === "all" ? "+" : `${depth}+`;
}

function depthSuffix(depth: TraversalDepth | null): string {
  return depth === null ? "" : depth === "all" ? "+" : `+${depth}`;
}

const KEYWORDS = new Set(["and", "or", "not"]);

function quoteIfNeeded(value: string, isBareKey: boolean): string {
  const plain =
    value !== "" &&
    /^[^\s()+"=]+$/.test(value) &&
    !(isBareKey && (value.includes(":") || KEYWORDS.has(value.toLowerCase()) || value === "*" || /^\d+$/.test(value)));
  // Only backslash and quote are escapes in the tokenizer, so JSON.stringify's \n style would not round-trip.
  return plain ? value : `"${value.replace(/[\\"]/g, "\\$&")}"`;
}
