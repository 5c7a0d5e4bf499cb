"use client";
// The email and password form: checks the fields before sending, shows each problem beside its field, and moves on
// to the page the user came from once the server has set the session cookie.
import { type FormEvent, useState } from "react";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";
import { type FieldErrors, submitSignIn } from "./submitSignIn";

function inputClass(invalid: boolean): string {
  return cx(
    "h-9 w-full rounded-md border bg-white px-3 text-[13px] text-neutral-900 shadow-xs outline-none placeholder:text-neutral-400 focus:ring-2",
    invalid
      ? "border-red-300 focus:border-red-400 focus:ring-red-100"
      : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs text-red-600">
      {message}
    </p>
  );
}

export function SignInForm({ next }: { next: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setFormError(null);
    const result = await submitSignIn({ email, password });
    if (result.kind === "success") {
      // A full load, so the console starts with a clean cache and the chrome asks who is signed in.
      window.location.assign(next);
      return;
    }
    setPending(false);
    setFieldErrors(result.fieldErrors);
    setFormError(result.formError);
    if (result.formError) setPassword("");
  };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset"
        >
          <AlertIcon size={15} className="mt-0.5 shrink-0 text-red-600" />
          <span>{formError}</span>
        </div>
      )}
      <div>
        <label htmlFor="sign-in-email" className="mb-1 block text-[13px] font-medium text-neutral-700">
          Email
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            setFieldErrors((f) => ({ ...f, email: undefined }));
          }}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? "sign-in-email-error" : undefined}
          placeholder="you@example.com"
          className={inputClass(!!fieldErrors.email)}
        />
        <FieldError id="sign-in-email-error" message={fieldErrors.email} />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="mb-1 block text-[13px] font-medium text-neutral-700">
          Password
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
            setFieldErrors((f) => ({ ...f, password: undefined }));
          }}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? "sign-in-password-error" : undefined}
          className={inputClass(!!fieldErrors.password)}
        />
        <FieldError id="sign-in-password-error" message={fieldErrors.password} />
      </div>
      <Button type="submit" variant="primary" disabled={pending} className="h-9 w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
