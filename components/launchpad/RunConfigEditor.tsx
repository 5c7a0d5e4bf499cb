"use client";
// The launchpad's run config editor: YAML in CodeMirror, with completions, key docs and errors from the config schema.
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  completionKeymap,
  insertCompletionText,
  startCompletion,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import {
  bracketMatching,
  defaultHighlightStyle,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import {
  Annotation,
  type ChangeSpec,
  Compartment,
  EditorSelection,
  EditorState,
  type Extension,
} from "@codemirror/state";
import {
  type Command,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { type Ref, useEffect, useImperativeHandle, useRef } from "react";
import type { ConfigError, JsonSchema } from "../../lib/core/runConfig/types";
import { cx } from "../ui/cx";
import { configErrorRange } from "./configErrorPlace";
import { yamlNewline } from "./yamlNewline";
import { completionsAt, hoverAt, type KeyHover } from "./yamlSchemaAssist";

// Marks edits that came from the `value` prop, so they are not echoed back through onChange.
const fromProps = Annotation.define<boolean>();

// Enter breaks the line and indents: one level deeper after `key:`, else as deep as the current line. CodeMirror's
// YAML indentation does not open a level after a key whose block is still empty, which is exactly when one is typed.
const yamlEnter: Command = (view) => {
  const { state } = view;
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.from);
      const insert = yamlNewline(state.sliceDoc(line.from, range.from));
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.cursor(range.from + insert.length),
      };
    }),
    { scrollIntoView: true, userEvent: "input" },
  );
  return true;
};

// YAML forbids tabs in indentation, so Tab writes spaces; with a selection it indents the selected lines instead.
const insertTwoSpaces: Command = (view) => {
  if (!view.state.selection.ranges.every((range) => range.empty)) return indentMore(view);
  view.dispatch(view.state.replaceSelection("  "), { scrollIntoView: true, userEvent: "input" });
  return true;
};

const theme = EditorView.theme({
  "&": { height: "100%", minHeight: "360px", fontSize: "13px", backgroundColor: "#ffffff", color: "#171717" },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6", overflow: "auto" },
  ".cm-content": { padding: "8px 0", caretColor: "#4f46e5" },
  ".cm-cursor": { borderLeftColor: "#4f46e5" },
  ".cm-gutters": { backgroundColor: "#fafafa", color: "#a3a3a3", borderRight: "1px solid #e5e5e5" },
  ".cm-activeLine": { backgroundColor: "#f5f5f5" },
  ".cm-activeLineGutter": { backgroundColor: "#f0f0f0", color: "#525252" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "#e0e7ff" },
  ".cm-matchingBracket": { backgroundColor: "#e0e7ff", outline: "none" },
  ".cm-tooltip": {
    backgroundColor: "#ffffff",
    border: "1px solid #e5e5e5",
    borderRadius: "6px",
    boxShadow: "0 4px 12px rgb(0 0 0 / 0.08)",
    fontFamily: "var(--font-sans)",
  },
  ".cm-tooltip.cm-tooltip-autocomplete > ul": { fontFamily: "var(--font-mono)", fontSize: "12.5px", maxHeight: "16em" },
  ".cm-tooltip.cm-tooltip-autocomplete > ul > li": { padding: "2px 8px" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": { backgroundColor: "#eef2ff", color: "#312e81" },
  ".cm-completionDetail": { color: "#737373", fontStyle: "normal", marginLeft: "12px" },
  ".cm-completionInfo": { padding: "6px 10px", fontSize: "12px", color: "#404040", maxWidth: "320px" },
  ".cm-lintRange-error": {
    backgroundImage: "none",
    textDecoration: "underline wavy #dc2626",
    textDecorationSkipInk: "none",
    textUnderlineOffset: "3px",
  },
  ".cm-diagnostic": { fontSize: "12px", padding: "4px 8px" },
  ".cm-diagnostic-error": { borderLeftColor: "#dc2626" },
});

function completionSource(schema: JsonSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const { from, to, options } = completionsAt(schema, context.state.doc.toString(), context.pos);
    if (options.length === 0) return null;
    // A key list popping up on every space of indentation gets in the way; values are worth offering right away.
    const typedNothing = from === context.pos;
    if (!context.explicit && typedNothing && options.every((option) => option.type === "property")) return null;
    return {
      from,
      to,
      options: options.map((option) => (option.type === "property" ? keyThenValues(option) : option)),
    };
  };
}

// After `key: ` is written, the field's choices (enum members, true/false, its default) are the next thing to pick.
function keyThenValues(option: Completion & { apply?: string }): Completion {
  const text = option.apply ?? option.label;
  return {
    ...option,
    apply: (view, _completion, from, to) => {
      view.dispatch(insertCompletionText(view.state, text, from, to));
      if (text.endsWith(" ")) startCompletion(view);
    },
  };
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function hoverDom(hover: KeyHover): HTMLElement {
  const dom = element("div", "max-w-sm space-y-1.5 px-3 py-2 text-xs text-neutral-700");
  const heading = element("div", "flex flex-wrap items-baseline gap-x-2 gap-y-1");
  heading.append(
    element("span", "font-mono text-[12.5px] font-semibold text-neutral-900", hover.title),
    element("span", "font-mono text-neutral-500", hover.type),
    element(
      "span",
      cx(
        "rounded px-1.5 py-px text-[11px] font-medium",
        hover.required ? "bg-accent-50 text-accent-700" : "bg-neutral-100 text-neutral-600",
      ),
      hover.required ? "required" : "optional",
    ),
  );
  dom.append(heading);
  if (hover.description) dom.append(element("p", "leading-snug", hover.description));
  const facts: Array<[string, string]> = [];
  if (hover.defaultValue !== undefined) facts.push(["Default", hover.defaultValue]);
  if (hover.enumValues) facts.push(["One of", hover.enumValues.join(", ")]);
  for (const [name, value] of facts) {
    const row = element("div", "text-neutral-500", `${name}: `);
    row.append(element("code", "font-mono text-neutral-800", value));
    dom.append(row);
  }
  return dom;
}

function schemaExtensions(schema: JsonSchema | null): Extension {
  if (!schema) return [];
  return [
    autocompletion({ override: [completionSource(schema)], activateOnTyping: true }),
    hoverTooltip((view, pos) => {
      const hover = hoverAt(schema, view.state.doc.toString(), pos);
      return hover && { pos: hover.from, end: hover.to, above: true, create: () => ({ dom: hoverDom(hover) }) };
    }),
  ];
}

function diagnostics(text: string, errors: readonly ConfigError[]): Diagnostic[] {
  return errors.map((error) => ({ ...configErrorRange(text, error), severity: "error", message: error.message }));
}

/** What the launchpad asks of the editor: put the cursor somewhere and give it focus. */
export interface RunConfigEditorHandle {
  focusAt(offset: number): void;
}

/** The smallest edit turning `current` into `next`, so the cursor and scroll survive an outside rewrite. */
function changeBetween(current: string, next: string): ChangeSpec {
  const shorter = Math.min(current.length, next.length);
  let start = 0;
  while (start < shorter && current[start] === next[start]) start++;
  let end = 0;
  while (end < shorter - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  return { from: start, to: current.length - end, insert: next.slice(start, next.length - end) };
}

export function RunConfigEditor({
  value,
  onChange,
  schema,
  errors,
  label,
  className,
  ref,
}: {
  ref?: Ref<RunConfigEditorHandle>;
  value: string;
  onChange: (text: string) => void;
  schema: JsonSchema | null;
  errors: readonly ConfigError[];
  /** The editor's accessible name. */
  label: string;
  className?: string;
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const initialValue = useRef(value);
  const onChangeRef = useRef(onChange);
  const compartments = useRef({ schema: new Compartment(), label: new Compartment() });

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const { schema: schemaSlot, label: labelSlot } = compartments.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initialValue.current,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          indentOnInput(),
          bracketMatching(),
          indentUnit.of("  "),
          EditorState.tabSize.of(2),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          lintGutter(),
          keymap.of([
            ...completionKeymap,
            { key: "Tab", run: insertTwoSpaces, shift: indentLess },
            { key: "Enter", run: yamlEnter },
            ...defaultKeymap,
            ...historyKeymap,
          ]),
          theme,
          schemaSlot.of([]),
          labelSlot.of([]),
          EditorView.updateListener.of((update) => {
            const outside = update.transactions.some((tr) => tr.annotation(fromProps));
            if (update.docChanged && !outside) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      focusAt(offset) {
        const view = viewRef.current;
        if (!view) return;
        const anchor = Math.max(0, Math.min(offset, view.state.doc.length));
        view.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) });
        view.focus();
      },
    }),
    [],
  );

  useEffect(() => {
    viewRef.current?.dispatch({ effects: compartments.current.schema.reconfigure(schemaExtensions(schema)) });
  }, [schema]);

  useEffect(() => {
    const attributes = EditorView.contentAttributes.of({ "aria-label": label });
    viewRef.current?.dispatch({ effects: compartments.current.label.reconfigure(attributes) });
  }, [label]);

  // Before the diagnostics effect, so errors that arrive with new text are placed in that text.
  useEffect(() => {
    const view = viewRef.current;
    const current = view?.state.doc.toString();
    if (!view || current === undefined || current === value) return;
    view.dispatch({ changes: changeBetween(current, value), annotations: fromProps.of(true) });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(setDiagnostics(view.state, diagnostics(view.state.doc.toString(), errors)));
  }, [errors]);

  return (
    <div
      ref={hostRef}
      className={cx(
        "flex h-full min-h-[360px] flex-col overflow-hidden rounded-md border border-neutral-300 bg-white shadow-xs",
        "focus-within:border-accent-500 focus-within:ring-2 focus-within:ring-accent-100 [&>.cm-editor]:flex-1",
        className,
      )}
    />
  );
}
