// Where a config error sits in the YAML text: the span the editor underlines, and the line and column the error list
// names and jumps to.
import type { ConfigError } from "../../lib/core/runConfig/types";
import { rangeOfPath } from "./yamlSchemaAssist";

/** The error's span; an error with no place in the text (nothing of its path exists yet) is on the first line. */
export function configErrorRange(text: string, error: ConfigError): { from: number; to: number } {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const range = error.range ?? rangeOfPath(text, error.path) ?? { from: 0, to: Math.max(text.indexOf("\n"), 0) };
  return { from: clamp(range.from), to: clamp(Math.max(range.to, range.from)) };
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}
