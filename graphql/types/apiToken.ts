// API tokens, for admins: list, create (the secret is shown once) and revoke.
import "server-only";
import { issueApiToken } from "../../lib/auth/apiTokens";
import { type ApiTokenRecord, listApiTokens, revokeApiToken } from "../../lib/store/apiTokens";
import { actorName, audit, refusal, UnauthorizedError } from "../authorization";
import { builder } from "../builder";
import { InvalidInputError } from "./user";
import { RoleEnum } from "./viewer";

const ApiTokenRef = builder.objectRef<ApiTokenRecord>("ApiToken").implement({
  fields: (t) => ({
    id: t.exposeString("id"),
    name: t.exposeString("name"),
    role: t.field({ type: RoleEnum, resolve: (token) => token.role }),
    createdBy: t.exposeString("createdBy"),
    createdAt: t.string({ resolve: (token) => token.createdAt.toISOString() }),
    expiresAt: t.string({ nullable: true, resolve: (token) => token.expiresAt?.toISOString() ?? null }),
    revokedAt: t.string({ nullable: true, resolve: (token) => token.revokedAt?.toISOString() ?? null }),
    lastUsedAt: t.string({ nullable: true, resolve: (token) => token.lastUsedAt?.toISOString() ?? null }),
  }),
});
const ApiTokenList = builder.objectRef<{ kind: "list"; tokens: ApiTokenRecord[] }>("ApiTokenList").implement({
  fields: (t) => ({ tokens: t.field({ type: [ApiTokenRef], resolve: (l) => l.tokens }) }),
});
const CreateApiTokenSuccess = builder
  .objectRef<{ kind: "success"; token: ApiTokenRecord; secret: string }>("CreateApiTokenSuccess")
  .implement({
    fields: (t) => ({
      token: t.field({ type: ApiTokenRef, resolve: (r) => r.token }),
      secret: t.exposeString("secret", { description: "The token itself: shown this once, never stored." }),
    }),
  });
const ApiTokenNotFoundError = builder
  .objectRef<{ kind: "notFound"; message: string }>("ApiTokenNotFoundError")
  .implement({
    fields: (t) => ({ message: t.exposeString("message") }),
  });

const kindOf = (value: unknown) => (value as { kind?: string }).kind;
const ApiTokensOrError = builder.unionType("ApiTokensOrError", {
  types: [ApiTokenList, UnauthorizedError],
  resolveType: (value) => (kindOf(value) === "list" ? ApiTokenList : UnauthorizedError),
});
const CreateApiTokenResult = builder.unionType("CreateApiTokenResult", {
  types: [CreateApiTokenSuccess, InvalidInputError, UnauthorizedError],
  resolveType: (value) =>
    kindOf(value) === "success"
      ? CreateApiTokenSuccess
      : kindOf(value) === "invalidInput"
        ? InvalidInputError
        : UnauthorizedError,
});
const RevokeApiTokenResult = builder.unionType("RevokeApiTokenResult", {
  types: [ApiTokenRef, ApiTokenNotFoundError, UnauthorizedError],
  resolveType: (value) =>
    kindOf(value) === "notFound"
      ? ApiTokenNotFoundError
      : kindOf(value) === "unauthorized"
        ? UnauthorizedError
        : ApiTokenRef,
});

builder.queryFields((t) => ({
  apiTokensOrError: t.field({
    type: ApiTokensOrError,
    resolve: async (_root, _args, ctx) =>
      (await refusal(ctx, "MANAGE_TOKENS")) ?? { kind: "list" as const, tokens: await listApiTokens(ctx.db) },
  }),
}));

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreateApiTokenResult,
    description:
      "A token for the CLI (STRATA_TOKEN), scripts or the explorer, holding one role; the secret is returned once.",
    args: {
      name: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      expiresInDays: t.arg.int(),
    },
    resolve: async (_root, args, ctx) => {
      const refused = await refusal(ctx, "MANAGE_TOKENS");
      if (refused) return refused;
      const issued = await issueApiToken(ctx.db, {
        name: args.name,
        role: args.role,
        expiresInDays: args.expiresInDays,
        createdBy: await actorName(ctx),
      });
      if (issued.kind === "invalid")
        return { kind: "invalidInput" as const, field: issued.field, message: issued.message };
      await audit(ctx, {
        action: "token.create",
        target: issued.token.name,
        details: { role: args.role, expiresAt: issued.token.expiresAt?.toISOString() ?? null },
      });
      return issued;
    },
  }),
  revokeApiToken: t.field({
    type: RevokeApiTokenResult,
    args: { name: t.arg.string({ required: true }) },
    resolve: async (_root, { name }, ctx) => {
      const refused = await refusal(ctx, "MANAGE_TOKENS");
      if (refused) return refused;
      const revoked = name.length <= 64 ? await revokeApiToken(ctx.db, name) : null;
      if (!revoked) return { kind: "notFound" as const, message: `No live token named "${name.slice(0, 64)}".` };
      await audit(ctx, { action: "token.revoke", target: revoked.name });
      return revoked;
    },
  }),
}));
