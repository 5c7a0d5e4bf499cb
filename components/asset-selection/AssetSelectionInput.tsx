"use client";
// The selection box (`group:analytics`, `+fact_events`, `tag:tier=gold`, `column:user_id`): an ARIA combobox that
// completes attributes, their values from the loaded assets, keys and operators, with a syntax card and inline errors.
import { useId, useMemo, useRef, useState } from "react";
import { type AssetNodeListItem, useAssetNodes } from "../assets/useAssetNodes";
import { cx } from "../ui/cx";
import { CloseIcon, SearchIcon } from "../ui/icons";
import {
  applyCompletion,
  type Completion,
  type CompletionItem,
  completeSelection,
  emptyVocabulary,
  selectionVocabulary,
} from "./selectionCompletion";
import type { SelectionError } from "./useAssetSelection";

type VocabularyNode = Pick<
  AssetNodeListItem,
  "assetKey" | "groupName" | "kinds" | "owners" | "tags" | "codeLocationName" | "columnNames"
>;

export function AssetSelectionInput({
  value,
  onChange,
  error,
  matchCount,
  totalCount,
  className,
  label = "Asset selection",
  placeholder = "Filter assets: group:analytics, +fact_events, kind:postgres, tag:tier=gold…",
  nodes,
  plainTextNote,
}: {
  value: string;
  onChange: (value: string) => void;
  error: SelectionError | null;
  /** How many assets match, shown at the right of the box when the selection is valid. */
  matchCount?: number;
  totalCount?: number;
  className?: string;
  /** The box's accessible name. */
  label?: string;
  placeholder?: string;
  /** The assets whose keys, groups, tags… are offered; the cached asset list is read when absent. */
  nodes?: readonly VocabularyNode[];
  /** A line in the syntax card for boxes that also take plain words (the catalog's search). */
  plainTextNote?: string;
}) {
  const errorId = useId();
  const hintId = useId();
  const listId = useId();
  const helpId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [cursor, setCursor] = useState(value.length);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const [wanted, setWanted] = useState(false);

  // The values are only needed once someone types; the list is usually cached by the page already.
  const cached = useAssetNodes(null, { enabled: wanted && nodes === undefined });
  const source = nodes ?? cached.data;
  const vocabulary = useMemo(() => (source ? selectionVocabulary(source) : emptyVocabulary()), [source]);
  const completion: Completion = useMemo(
    () => completeSelection(value, cursor, vocabulary),
    [value, cursor, vocabulary],
  );
  const expanded = open && completion.items.length > 0;
  const activeIndex = Math.min(active, completion.items.length - 1);
  const optionId = (index: number) => `${listId}-option-${index}`;

  const accept = (item: CompletionItem) => {
    const next = applyCompletion(value, completion, item);
    onChange(next.text);
    setCursor(next.cursor);
    setActive(0);
    // An attribute goes straight on to its values; a value or key is a finished term.
    setOpen(item.kind === "attribute" || item.kind === "operator");
    requestAnimationFrame(() => {
      const input = inputRef.current;
      if (!input) return;
      input.focus();
      input.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const count = completion.items.length;
      setActive((activeIndex + (e.key === "ArrowDown" ? 1 : count - 1)) % count);
      return;
    }
    if ((e.key === "Enter" || e.key === "Tab") && expanded) {
      const item = completion.items[activeIndex];
      if (!item) return;
      e.preventDefault();
      accept(item);
      return;
    }
    if (e.key === "Escape") {
      e.preventDefault();
      if (expanded) setOpen(false);
      else if (helpOpen) setHelpOpen(false);
      else onChange("");
    }
  };

  const describedBy = [error ? errorId : hintId, helpOpen ? helpId : null].filter(Boolean).join(" ");

  return (
    <div className={cx("relative min-w-0", className)}>
      <div
        className={cx(
          "flex h-9 items-center gap-2 rounded-md border bg-white px-2.5 shadow-xs transition-colors focus-within:ring-2",
          error
            ? "border-red-300 focus-within:ring-red-100"
            : "border-neutral-300 focus-within:border-accent-500 focus-within:ring-accent-100",
        )}
      >
        <SearchIcon size={15} className="shrink-0 text-neutral-500" />
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          aria-label={label}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            setCursor(e.target.selectionStart ?? e.target.value.length);
            setOpen(true);
            setActive(0);
            setWanted(true);
          }}
          onSelect={(e) => setCursor(e.currentTarget.selectionStart ?? value.length)}
          onFocus={() => setWanted(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          placeholder={placeholder}
          className="min-w-0 flex-1 bg-transparent font-mono text-[13px] text-neutral-900 outline-none placeholder:font-sans placeholder:text-neutral-500"
        />
        {!error && value.trim() && matchCount !== undefined && (
          <span className="shrink-0 text-xs text-neutral-500 tabular-nums">
            {matchCount}
            {totalCount !== undefined && ` of ${totalCount}`} assets
          </span>
        )}
        {value && (
          <button
            type="button"
            aria-label="Clear selection"
            onClick={() => {
              onChange("");
              setCursor(0);
              inputRef.current?.focus();
            }}
            className="shrink-0 rounded p-0.5 text-neutral-500 hover:bg-neutral-100 hover:text-neutral-700"
          >
            <CloseIcon size={14} />
          </button>
        )}
        <button
          type="button"
          aria-label="Selection syntax"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((on) => !on)}
          className={cx(
            "flex size-5 shrink-0 items-center justify-center rounded-full text-[11px] font-semibold ring-1 ring-inset",
            helpOpen
              ? "bg-accent-50 text-accent-700 ring-accent-300"
              : "text-neutral-600 ring-neutral-300 hover:bg-neutral-100",
          )}
        >
          ?
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!expanded}
        className="absolute inset-x-0 top-10 z-40 max-h-72 overflow-auto rounded-md border border-neutral-200 bg-white py-1 shadow-lg"
      >
        {expanded &&
          completion.items.map((item, index) => (
            <li
              key={`${item.kind}:${item.label}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: the input would blur first and close the list.
              onMouseDown={(e) => {
                e.preventDefault();
                accept(item);
              }}
              onMouseMove={() => index !== activeIndex && setActive(index)}
              className={cx(
                "flex cursor-pointer items-baseline justify-between gap-3 px-2.5 py-1 text-[13px]",
                index === activeIndex ? "bg-accent-50 text-accent-800" : "text-neutral-800",
              )}
            >
              <span className="min-w-0 truncate font-mono">{item.label}</span>
              <span className="shrink-0 text-xs text-neutral-600">{item.detail}</span>
            </li>
          ))}
      </ul>
      <span id={hintId} className="sr-only">
        Selection syntax: key, group:name, kind:name, tag:key=value, owner:name, code_location:name, column:name, + for
        upstream or downstream, and, or, not. Suggestions appear as you type; arrows move, Enter or Tab accepts.
      </span>
      {helpOpen && <SyntaxCard id={helpId} plainTextNote={plainTextNote} />}
      {error && <SelectionErrorMessage id={errorId} text={value} error={error} />}
    </div>
  );
}

const SYNTAX: ReadonlyArray<[string, string]> = [
  ["raw_events, key:analytics/*", "an asset key; * matches any run of characters"],
  ["group:analytics", "assets in a group (also kind:, owner:, code_location:, column:)"],
  ["tag:tier=gold, tag:tier", "a tag with a value, or any value"],
  ["+fact_events, fact_events+2", "with everything upstream, or two hops downstream"],
  ["a and b, a or b, not a, (…)", "combine; not binds tightest, then and, then or"],
  ['group:"user events"', "quote values with spaces"],
];

function SyntaxCard({ id, plainTextNote }: { id: string; plainTextNote?: string }) {
  return (
    <div id={id} className="mt-1.5 rounded-md border border-neutral-200 bg-neutral-50 px-3 py-2 text-xs">
      {plainTextNote && <p className="mb-1.5 text-neutral-700">{plainTextNote}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
        {SYNTAX.map(([example, meaning]) => (
          <div key={example} className="contents">
            <dt className="font-mono text-neutral-900">{example}</dt>
            <dd className="text-neutral-600">{meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function SelectionErrorMessage({ id, text, error }: { id: string; text: string; error: SelectionError }) {
  const position = Math.max(0, Math.min(error.position, text.length));
  return (
    <div id={id} role="alert" className="mt-1.5 rounded-md border border-red-200 bg-red-50 px-2.5 py-1.5">
      <p className="text-xs font-medium text-red-800">{error.message}</p>
      <pre aria-hidden="true" className="mt-1 overflow-x-auto font-mono text-xs leading-4 text-neutral-700">
        {text || " "}
        {"\n"}
        <span className="text-red-600">{" ".repeat(position)}^</span>
      </pre>
    </div>
  );
}
