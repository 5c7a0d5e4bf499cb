// The sign-in page.
import type { Metadata } from "next";
import { SignInPage } from "../../components/auth/SignInPage";
import { signInPageState } from "./signInPageState";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInRoute({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <SignInPage {...(await signInPageState(await searchParams))} />;
}
