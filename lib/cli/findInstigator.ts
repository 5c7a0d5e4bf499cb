// Finding the one schedule or sensor a command names, by name and optionally code location, with a message that
// lists the names there are when it is unknown and asks for --location when the name is in several locations.

interface Named {
  name: string;
  codeLocationName: string;
}

export type Found<T> = { ok: true; value: T } | { ok: false; message: string };

export function findInstigator<T extends Named>(
  all: readonly T[],
  name: string,
  location: string | undefined,
  noun: { one: string; many: string },
): Found<T> {
  const matches = all.filter((item) => item.name === name && (!location || item.codeLocationName === location));
  if (matches.length === 1) return { ok: true, value: matches[0]! };
  const capitalized = `${noun.one[0]?.toUpperCase() ?? ""}${noun.one.slice(1)}`;
  if (matches.length > 1) {
    const locations = matches.map((item) => item.codeLocationName).join(", ");
    return { ok: false, message: `${capitalized} "${name}" is defined in ${locations}; say which with --location.` };
  }
  const where = location ? ` in code location "${location}"` : "";
  const names = all.map((item) => item.name).join(", ");
  return {
    ok: false,
    message: `No ${noun.one} named "${name}" is defined${where}.${names ? ` ${noun.many}: ${names}.` : ""}`,
  };
}
