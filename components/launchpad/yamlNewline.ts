// What Enter inserts in the YAML editor: a line break and the indentation the next line wants. After a key that opens
// a block (`ops:`, `- name:`), one level deeper; otherwise the current line's indentation, so a list of keys can be
// typed one under another.

const INDENT = "  ";

/** The text to insert for Enter, given the current line's text before the cursor. */
export function yamlNewline(lineBeforeCursor: string): string {
  const indent = /^[ ]*/.exec(lineBeforeCursor)?.[0] ?? "";
  const content = withoutComment(lineBeforeCursor).trimEnd();
  // `- ` items: keys of the item line up after the dash.
  const itemIndent = /^[ ]*- /.test(lineBeforeCursor) ? `${indent}  ` : indent;
  if (content.endsWith(":") || /:\s*[|>][-+]?\d*$/.test(content)) return `\n${itemIndent}${INDENT}`;
  return `\n${itemIndent}`;
}

/** The line without a trailing `# comment` (a `#` after whitespace, outside quotes). */
function withoutComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}
