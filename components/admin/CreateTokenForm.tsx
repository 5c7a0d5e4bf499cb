"use client";
// Creating an API token: a name, a role and an optional expiry in days; the secret it answers is shown once, here.
import { type FormEvent, useId, useState } from "react";
import type { Role } from "../../lib/core/auth/roles";
import { editing, FormSection, SubmitCell } from "./AdminForm";
import { generalMessage, messageFor, problemOf } from "./adminProblem";
import { FieldError } from "./FieldError";
import { RoleField } from "./RoleSelect";
import { TextField } from "./TextField";
import { TokenSecret } from "./TokenSecret";
import { useCreateApiToken } from "./useApiTokens";

const FIELDS = ["name", "expiresInDays"] as const;

export function CreateTokenForm() {
  const create = useCreateApiToken();
  const id = useId();
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("LAUNCHER");
  const [days, setDays] = useState("");
  // Held only in this component: gone once dismissed or the page reloads, as the API promises.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const problem = problemOf(create.data, create.error, "CreateApiTokenSuccess");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const expiresInDays = days.trim() === "" ? null : Number(days);
    create.mutate(
      { name: name.trim(), role, expiresInDays },
      {
        onSuccess: (result) => {
          if (result.__typename !== "CreateApiTokenSuccess") return;
          setCreated({ name: result.token.name, secret: result.secret });
          setName("");
          setDays("");
        },
      },
    );
  };
  const edited = () => {
    if (create.data || create.error) create.reset();
  };
  const edit = editing(edited);

  return (
    <FormSection title="Create a token">
      <div className="space-y-3 px-4 py-3">
        <form
          onSubmit={submit}
          className="grid grid-cols-1 gap-x-4 gap-y-3 md:grid-cols-[minmax(0,1.4fr)_auto_minmax(0,0.8fr)_auto]"
        >
          <TextField
            id={`${id}-name`}
            label="Name"
            required
            autoComplete="off"
            spellCheck={false}
            value={name}
            placeholder="ci, airflow-bridge, nightly.export"
            error={messageFor(problem, "name")}
            onValueChange={edit(setName)}
            inputClassName="font-mono placeholder:font-sans"
          />
          <RoleField id={`${id}-role`} value={role} onChange={setRole} />
          <TextField
            id={`${id}-days`}
            label="Expires in days"
            optional
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={days}
            placeholder="Never"
            error={messageFor(problem, "expiresInDays")}
            onValueChange={edit(setDays)}
          />
          <SubmitCell
            pending={create.isPending}
            disabled={!name.trim()}
            label="Create token"
            pendingLabel="Creating…"
          />
        </form>
        <FieldError message={generalMessage(problem, FIELDS)} className="mt-0" />
        {created && <TokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />}
      </div>
    </FormSection>
  );
}
