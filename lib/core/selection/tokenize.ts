// Splits selection text into words, quoted strings, parentheses and "+" signs, remembering where each starts.
import { SelectionSyntaxError } from "./syntaxError";

export type Token =
  /** Unquoted text: a key, `attribute:value`, a keyword (and/or/not) or a traversal depth. */
  | { type: "word"; text: string; start: number; end: number }
  /** A double-quoted value with `\"` and `\\` escapes resolved. */
  | { type: "string"; text: string; start: number; end: number }
  | { type: "lparen" | "rparen" | "plus"; start: number; end: number }
  | { type: "end"; start: number; end: number };

const PUNCTUATION: Record<string, "lparen" | "rparen" | "plus"> = { "(": "lparen", ")": "rparen", "+": "plus" };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index] as string;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const punctuation = PUNCTUATION[char];
    if (punctuation) {
      tokens.push({ type: punctuation, start: index, end: index + 1 });
      index++;
      continue;
    }
    if (char === '"') {
      const token = readString(text, index);
      tokens.push(token);
      index = token.end;
      continue;
    }
    const start = index;
    while (index < text.length && !isDelimiter(text[index] as string)) index++;
    tokens.push({ type: "word", text: text.slice(start, index), start, end: index });
  }
  tokens.push({ type: "end", start: text.length, end: text.length });
  return tokens;
}

function isDelimiter(char: string): boolean {
  return /\s/.test(char) || char === '"' || char in PUNCTUATION;
}

function readString(text: string, start: number): Token {
  let value = "";
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] as string;
    if (char === '"') return { type: "string", text: value, start, end: index + 1 };
    if (char === "\\" && index + 1 < text.length) {
      value += text[index + 1];
      index += 2;
      continue;
    }
    value += char;
    index++;
  }
  throw new SelectionSyntaxError(
    `Expected a closing quote at position ${text.length} for the value starting at position ${start}`,
    text.length,
  );
}
