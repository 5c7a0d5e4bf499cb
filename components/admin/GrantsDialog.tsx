"use client";
// Editing a user's grants: roles held only for the assets a selection names (LAUNCHER on `group:finance`). The API
// checks each selection, and a refusal shows under the grant it is about.
import { useId, useState } from "react";
import { createPortal } from "react-dom";
import type { Role } from "../../lib/core/auth/roles";
import { ModalDialog } from "../backfills/ModalDialog";
import { Button } from "../ui/Button";
import { CloseIcon } from "../ui/icons";
import { generalMessage, messageFor, problemOf } from "./adminProblem";
import { FieldError } from "./FieldError";
import { inputClass } from "./formStyles";
import { RoleSelect } from "./RoleSelect";
import type { User } from "./useUsers";
import { useSetUserRoleGrants } from "./useUsers";

interface Draft {
  key: number;
  role: Role;
  selection: string;
}

export function GrantsDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const save = useSetUserRoleGrants();
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => user.grants.map((g, i) => ({ key: i, ...g })));
  const [nextKey, setNextKey] = useState(user.grants.length);
  const problem = problemOf(save.data, save.error, "User");
  const fields = drafts.flatMap((_, i) => [`grants.${i}.selection`, `grants.${i}.role`]);

  const change = (key: number, patch: Partial<Draft>) => {
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    if (save.data || save.error) save.reset();
  };
  const add = () => {
    setDrafts((current) => [...current, { key: nextKey, role: "LAUNCHER", selection: "" }]);
    setNextKey((k) => k + 1);
  };
  const remove = (key: number) => {
    setDrafts((current) => current.filter((d) => d.key !== key));
    if (save.data || save.error) save.reset();
  };
  const submit = () =>
    save.mutate(
      { userId: user.id, grants: drafts.map(({ role, selection }) => ({ role, selection: selection.trim() })) },
      { onSuccess: (result) => result.__typename === "User" && onClose() },
    );

  // Opened from a table row: portalled to <body>, where a <dialog> may live.
  return createPortal(
    <ModalDialog
      title={`Grants of ${user.email}`}
      subtitle={
        <>
          A grant gives a role only for the assets its selection names, on top of the user&apos;s role everywhere.
          Grants matter for launching, terminating and backfilling.
        </>
      }
      onClose={onClose}
      footer={
        <>
          <FieldError message={generalMessage(problem, fields)} className="mt-0 mr-auto max-w-md" />
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={submit} disabled={save.isPending} aria-busy={save.isPending || undefined}>
            {save.isPending ? "Saving…" : "Save grants"}
          </Button>
        </>
      }
    >
      {drafts.length === 0 ? (
        <p className="text-[13px] text-neutral-500">
          No grants: {user.email} holds their role everywhere and nothing more.
        </p>
      ) : (
        <ul aria-label="Grants" className="space-y-2">
          {drafts.map((draft, index) => {
            const selectionError =
              messageFor(problem, `grants.${index}.selection`) ?? messageFor(problem, `grants.${index}.role`);
            return (
              <li key={draft.key}>
                <div className="flex items-center gap-2">
                  <RoleSelect
                    value={draft.role}
                    onChange={(role) => change(draft.key, { role })}
                    label={`Role of grant ${index + 1}`}
                    className="w-32 shrink-0"
                  />
                  <span className="shrink-0 text-[13px] text-neutral-500">on</span>
                  <input
                    aria-label={`Selection of grant ${index + 1}`}
                    aria-invalid={selectionError ? true : undefined}
                    aria-describedby={`${id}-grant-${draft.key}-error`}
                    value={draft.selection}
                    placeholder="group:finance, tag:team=growth, +fact_events"
                    spellCheck={false}
                    autoComplete="off"
                    onChange={(e) => change(draft.key, { selection: e.target.value })}
                    className={inputClass(selectionError !== null, "min-w-0 flex-1 font-mono placeholder:font-sans")}
                  />
                  <button
                    type="button"
                    onClick={() => remove(draft.key)}
                    aria-label={`Remove grant ${index + 1}`}
                    className="shrink-0 rounded p-1.5 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
                  >
                    <CloseIcon size={14} />
                  </button>
                </div>
                <FieldError id={`${id}-grant-${draft.key}-error`} message={selectionError} className="ml-[10.5rem]" />
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="ghost" className="mt-3 -ml-2" onClick={add}>
        + Add grant
      </Button>
    </ModalDialog>,
    document.body,
  );
}
