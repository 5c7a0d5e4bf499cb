// A compute log's windows as lines: each window is split once (the split is kept with the window), and the line that
// a window boundary cuts in two is joined again, so reading an earlier window costs that window, not the whole log.

const splitByWindow = new WeakMap<object, readonly string[]>();

function splitOnce(window: { text: string }): readonly string[] {
  let parts = splitByWindow.get(window);
  if (!parts) {
    parts = window.text.split("\n");
    splitByWindow.set(window, parts);
  }
  return parts;
}

/** The lines of consecutive windows of one stream; a final newline ends the last line rather than start an empty one. */
export function computeLogLines(windows: readonly { text: string }[]): string[] {
  const lines: string[] = [];
  let carry = "";
  for (const window of windows) {
    const parts = splitOnce(window);
    if (parts.length === 1) {
      carry += parts[0];
      continue;
    }
    lines.push(carry + parts[0]);
    for (let i = 1; i < parts.length - 1; i++) lines.push(parts[i] as string);
    carry = parts[parts.length - 1] as string;
  }
  if (carry !== "") lines.push(carry);
  return lines;
}
