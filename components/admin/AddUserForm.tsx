"use client";
// Adding a user: email, an optional display name, a role and an optional initial password (without one the user
// signs in through single sign-on only); a refusal shows under the field it is about.
import { type FormEvent, useId, useState } from "react";
import type { Role } from "../../lib/core/auth/roles";
import { editing, FormSection, SubmitCell } from "./AdminForm";
import { generalMessage, messageFor, problemOf } from "./adminProblem";
import { FieldError } from "./FieldError";
import { RoleField } from "./RoleSelect";
import { TextField } from "./TextField";
import { useCreateUser } from "./useUsers";

const FIELDS = ["email", "displayName", "password"] as const;

export function AddUserForm() {
  const create = useCreateUser();
  const id = useId();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("VIEWER");
  const [password, setPassword] = useState("");
  const [added, setAdded] = useState<string | null>(null);
  const problem = problemOf(create.data, create.error, "User");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    create.mutate(
      { email: email.trim(), role, displayName: displayName.trim() || null, password: password || null },
      {
        onSuccess: (result) => {
          if (result.__typename !== "User") return;
          setAdded(`Added ${result.email}.`);
          setEmail("");
          setDisplayName("");
          setPassword("");
          setRole("VIEWER");
        },
      },
    );
  };
  const edited = () => {
    setAdded(null);
    if (create.data || create.error) create.reset();
  };
  const edit = editing(edited);

  return (
    <FormSection title="Add a user">
      <form
        onSubmit={submit}
        className="grid grid-cols-1 gap-x-4 gap-y-3 px-4 py-3 md:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_auto_minmax(0,1fr)_auto]"
      >
        <TextField
          id={`${id}-email`}
          label="Email"
          type="email"
          required
          autoComplete="off"
          spellCheck={false}
          value={email}
          placeholder="alice@example.com"
          error={messageFor(problem, "email")}
          onValueChange={edit(setEmail)}
        />
        <TextField
          id={`${id}-name`}
          label="Display name"
          optional
          autoComplete="off"
          value={displayName}
          placeholder="Alice Martin"
          error={messageFor(problem, "displayName")}
          onValueChange={edit(setDisplayName)}
        />
        <RoleField id={`${id}-role`} value={role} onChange={setRole} />
        <TextField
          id={`${id}-password`}
          label="Initial password"
          optional
          type="password"
          autoComplete="new-password"
          value={password}
          placeholder="Single sign-on only"
          error={messageFor(problem, "password")}
          onValueChange={edit(setPassword)}
        />
        <SubmitCell pending={create.isPending} disabled={!email.trim()} label="Add user" pendingLabel="Adding…" />
        <div className="md:col-span-5">
          <FieldError message={generalMessage(problem, FIELDS)} className="mt-0" />
          <p role="status" className="text-xs text-emerald-700 empty:hidden">
            {added}
          </p>
        </div>
      </form>
    </FormSection>
  );
}
