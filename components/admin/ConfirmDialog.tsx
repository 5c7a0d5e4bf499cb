"use client";
// "Are you sure?" before something that cannot be undone (deleting a user, revoking a token), with what it will do.
import type { ReactNode } from "react";
import { createPortal } from "react-dom";
import { ModalDialog } from "../backfills/ModalDialog";
import { Button } from "../ui/Button";
import { FieldError } from "./FieldError";

export function ConfirmDialog({
  title,
  confirmLabel,
  busy,
  problem,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  busy: boolean;
  /** Why the last attempt was refused, shown by the buttons. */
  problem: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  // Opened from a table row: portalled to <body>, where a <dialog> may live and inherits no cell's text styles.
  return createPortal(
    <ModalDialog
      title={title}
      onClose={onClose}
      className="w-[480px]"
      footer={
        <>
          <FieldError message={problem} className="mt-0 mr-auto max-w-72" />
          <Button onClick={onClose}>Cancel</Button>
          <Button onClick={onConfirm} disabled={busy} aria-busy={busy || undefined} className="text-red-700">
            {busy ? "Working…" : confirmLabel}
          </Button>
        </>
      }
    >
      <div className="text-[13px] leading-5 text-neutral-700">{children}</div>
    </ModalDialog>,
    document.body,
  );
}
