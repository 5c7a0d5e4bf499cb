// Joins class names, skipping falsy ones: the one helper every component uses for conditional Tailwind.
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
