"use client";
// A new token's secret, shown once: in a box to copy, with a plain warning that it will not be shown again.
import { useRef, useState } from "react";
import { Button } from "../ui/Button";
import { CheckCircleIcon } from "../ui/icons";
import { CopyIcon } from "./adminIcons";

export function TokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    inputRef.current?.select();
    navigator.clipboard.writeText(secret).then(
      () => setCopied(true),
      // Without clipboard access (plain http on another host) the text stays selected for Ctrl-C.
      () => setCopied(false),
    );
  };

  return (
    <section
      aria-label={`Secret of ${name}`}
      className="rounded-lg border border-emerald-200 bg-emerald-50/60 px-4 py-3"
    >
      <p className="flex items-center gap-2 text-[13px] font-semibold text-emerald-900">
        <CheckCircleIcon size={15} className="shrink-0 text-emerald-600" />
        Token {name} created
      </p>
      <p className="mt-1 text-[13px] text-neutral-700">
        <strong className="font-semibold text-neutral-900">Copy its secret now: you will not see it again.</strong>{" "}
        Strata keeps only a hash of it. Use it as{" "}
        <code className="rounded bg-white px-1 font-mono text-[12px] text-neutral-800">STRATA_TOKEN</code> for the
        command line, or as{" "}
        <code className="rounded bg-white px-1 font-mono text-[12px] text-neutral-800">Authorization: Bearer …</code>{" "}
        for the API.
      </p>
      <div className="mt-2.5 flex items-center gap-2">
        <input
          ref={inputRef}
          readOnly
          aria-label="Token secret"
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          className="h-9 min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-2.5 font-mono text-[13px] text-neutral-900 shadow-xs outline-none focus:ring-2 focus:ring-emerald-100"
        />
        <Button onClick={copy} className="h-9">
          <CopyIcon size={14} />
          {copied ? "Copied" : "Copy"}
        </Button>
        <Button variant="ghost" onClick={onDone} className="h-9">
          Done
        </Button>
      </div>
      {copied === false && (
        <p className="mt-1.5 text-xs text-neutral-600">
          The browser did not allow copying; the secret is selected, press Ctrl-C (⌘C).
        </p>
      )}
    </section>
  );
}
