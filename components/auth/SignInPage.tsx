// The sign-in page: the Strata wordmark over a card with the identity provider's button and the email form, or,
// on an instance without sign-in, a note that there is nothing to sign in to.
import Link from "next/link";
import { buttonClass } from "../ui/Button";
import { AlertIcon, StrataMark } from "../ui/icons";
import { SignInForm } from "./SignInForm";

export interface SignInPageProps {
  /** False when strata.config.ts has no `auth` section. */
  configured: boolean;
  /** "Sign in with <oidcDisplayName>", when single sign-on is configured. */
  oidcDisplayName: string | null;
  /** A same-origin path to return to. */
  next: string;
  /** Why the last single sign-on attempt failed, if it did. */
  error: string | null;
}

function Wordmark() {
  return (
    <div className="mb-6 flex flex-col items-center gap-3">
      <span className="flex size-11 items-center justify-center rounded-xl bg-neutral-900 shadow-sm">
        <StrataMark size={26} className="text-accent-400" />
      </span>
      <span className="text-xl font-semibold tracking-tight text-neutral-900">Strata</span>
    </div>
  );
}

export function SignInPage({ configured, oidcDisplayName, next, error }: SignInPageProps) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-neutral-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <Wordmark />
        <section
          aria-labelledby="sign-in-title"
          className="rounded-lg border border-neutral-200 bg-white px-6 py-6 shadow-xs"
        >
          <h1 id="sign-in-title" className="text-base font-semibold tracking-tight text-neutral-900">
            {configured ? "Sign in to Strata" : "Sign-in is not configured"}
          </h1>
          {configured ? (
            <>
              <p className="mt-1 text-[13px] text-neutral-500">
                Lineage, runs and materializations of this deployment.
              </p>
              {error && (
                <div
                  role="alert"
                  className="mt-4 flex items-start gap-2 rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset"
                >
                  <AlertIcon size={15} className="mt-0.5 shrink-0 text-red-600" />
                  <span>{error}</span>
                </div>
              )}
              {oidcDisplayName && (
                <>
                  <a
                    href={`/api/auth/oidc/start?${new URLSearchParams({ next })}`}
                    className={buttonClass("secondary", "mt-5 h-9 w-full")}
                  >
                    Sign in with {oidcDisplayName}
                  </a>
                  <div
                    className="my-5 flex items-center gap-3 text-[11px] font-medium tracking-wide text-neutral-500 uppercase"
                    aria-hidden="true"
                  >
                    <span className="h-px flex-1 bg-neutral-200" />
                    or with email
                    <span className="h-px flex-1 bg-neutral-200" />
                  </div>
                </>
              )}
              <div className={oidcDisplayName ? undefined : "mt-5"}>
                <SignInForm next={next} />
              </div>
            </>
          ) : (
            <>
              <p className="mt-2 text-[13px] leading-5 text-neutral-600">
                This Strata instance has no sign-in: it answers on this machine only, and whoever opens it is the local
                admin. Add an{" "}
                <code className="rounded bg-neutral-100 px-1 py-px font-mono text-xs text-neutral-800">auth</code>{" "}
                section to{" "}
                <code className="rounded bg-neutral-100 px-1 py-px font-mono text-xs text-neutral-800">
                  strata.config.ts
                </code>{" "}
                to require sign-in.
              </p>
              <Link href="/" className={buttonClass("primary", "mt-5 h-9 w-full")}>
                Go to the console
              </Link>
            </>
          )}
        </section>
        {configured && (
          <p className="mt-4 text-center text-xs text-neutral-500">
            No account yet? Ask an administrator of this Strata instance.
          </p>
        )}
      </div>
    </div>
  );
}
