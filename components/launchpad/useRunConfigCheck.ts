"use client";
// The errors of the config being edited: checked in the browser on every keystroke (the same lib/core code the
// server runs), and confirmed by the server's isRunConfigValid once typing pauses, which gates the Launch button.
import { useMemo } from "react";
import type { RunConfigTarget, RunConfigValidationResult } from "../../graphql/client/launchpad";
import { useRunConfigValidation } from "../../graphql/client/useLaunchpad";
import { parseRunConfigText, validateRunConfig, type ConfigError, type JsonSchema } from "../../lib/core/runConfig";
import { useDebouncedValue } from "../runs/useDebouncedValue";

export interface RunConfigCheck {
  errors: ConfigError[];
  /** The server agreed the current text is valid. */
  confirmed: boolean;
  /** Waiting for the server's verdict on the current text. */
  checking: boolean;
  /** The server refused the target itself (e.g. its job was removed by a reload). */
  targetProblem: string | null;
}

export function useRunConfigCheck(target: RunConfigTarget, schema: JsonSchema, text: string): RunConfigCheck {
  const errors = useMemo(() => {
    const parsed = parseRunConfigText(text);
    return parsed.ok ? validateRunConfig(schema, parsed.value) : parsed.errors;
  }, [schema, text]);
  const debounced = useDebouncedValue(text, 250);
  // Nothing to confirm while the browser already sees errors.
  const server = useRunConfigValidation(target, errors.length === 0 ? debounced : null);
  const verdict: RunConfigValidationResult | null = server.data && !server.isPlaceholderData && debounced === text ? server.data : null;
  const serverErrors = verdict?.__typename === "RunConfigValidationInvalid" ? verdict.errors : [];
  const targetProblem = verdict && verdict.__typename !== "RunConfigValid" && verdict.__typename !== "RunConfigValidationInvalid" ? verdict.message : null;
  return {
    errors: errors.length > 0 ? errors : serverErrors,
    confirmed: errors.length === 0 && verdict?.__typename === "RunConfigValid",
    checking: errors.length === 0 && verdict === null,
    targetProblem,
  };
}
