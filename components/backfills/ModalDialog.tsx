"use client";
// A modal on the native <dialog>: the browser traps focus, closes on Escape and dims the page; a click on the
// backdrop closes it too.
import { type ReactNode, useEffect, useId, useRef } from "react";
import { cx } from "../ui/cx";
import { CloseIcon } from "../ui/icons";

export function ModalDialog({
  title,
  subtitle,
  onClose,
  footer,
  children,
  className,
}: {
  title: string;
  subtitle?: ReactNode;
  onClose: () => void;
  footer?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onMouseDown={(e) => {
        if (e.target === ref.current) onClose();
      }}
      className={cx(
        "m-auto max-h-[88vh] w-[680px] max-w-[calc(100vw-2rem)] flex-col overflow-hidden rounded-xl border border-neutral-200 bg-white p-0 text-neutral-900 shadow-2xl backdrop:bg-neutral-900/40 open:flex",
        className,
      )}
    >
      <div className="flex items-start gap-3 border-b border-neutral-200 px-5 py-4">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="text-[15px] font-semibold text-neutral-900">
            {title}
          </h2>
          {subtitle && <div className="mt-0.5 text-[13px] text-neutral-500">{subtitle}</div>}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close"
          className="rounded p-1 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
        >
          <CloseIcon size={16} />
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
      {footer && (
        <div className="flex items-center justify-end gap-2 border-t border-neutral-200 bg-neutral-50 px-5 py-3">
          {footer}
        </div>
      )}
    </dialog>
  );
}
