"use client";
// The errors of the config being edited. YAML syntax is checked in the browser on every keystroke; the schema is
// checked by the server's isRunConfigValid (the same code a launch runs) once typing pauses, which gates the Launch
// button. The schema check stays on the server because its validator compiles code, which the console's CSP forbids.
import { useMemo } from "react";
import { parseRunConfigText } from "../../lib/core/runConfig/parseRunConfigText";
import type { ConfigError } from "../../lib/core/runConfig/types";
import { useDebouncedValue } from "../runs/useDebouncedValue";
import type { RunConfigTarget, RunConfigValidationResult } from "./useLaunchpad";
import { useRunConfigValidation } from "./useLaunchpad";

export interface RunConfigCheck {
  errors: ConfigError[];
  /** The server agreed the current text is valid. */
  confirmed: boolean;
  /** Waiting for the server's verdict on the current text. */
  checking: boolean;
  /** The server refused the target itself (e.g. its job was removed by a reload). */
  targetProblem: string | null;
}

export function useRunConfigCheck(target: RunConfigTarget, text: string): RunConfigCheck {
  const syntaxErrors = useMemo(() => {
    const parsed = parseRunConfigText(text);
    return parsed.ok ? [] : parsed.errors;
  }, [text]);
  const debounced = useDebouncedValue(text, 250);
  // Nothing to ask the server while the text does not even parse.
  const server = useRunConfigValidation(target, syntaxErrors.length === 0 ? debounced : null);
  const fresh = server.data && !server.isPlaceholderData && debounced === text;
  const verdict: RunConfigValidationResult | null = fresh ? server.data! : null;
  // While the next verdict is on its way, the last one's errors stay underlined rather than flickering away.
  const latest = server.data ?? null;
  const serverErrors = latest?.__typename === "RunConfigValidationInvalid" ? latest.errors : [];
  const targetProblem =
    verdict && verdict.__typename !== "RunConfigValid" && verdict.__typename !== "RunConfigValidationInvalid"
      ? verdict.message
      : null;
  return {
    errors: syntaxErrors.length > 0 ? syntaxErrors : serverErrors,
    confirmed: syntaxErrors.length === 0 && verdict?.__typename === "RunConfigValid",
    checking: syntaxErrors.length === 0 && verdict === null,
    targetProblem,
  };
}
