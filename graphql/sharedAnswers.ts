// Answers to the console's polled reads, shared for a moment among callers who may see the same things: twenty open
// consoles polling the asset graph, the runs and a run's logs cost the server one answer per moment, not twenty. An
// answer is kept for `ttlMs` (under the console's 2 s poll, so a page is at most one poll behind) and keyed by the
// caller's permissions (role and grants), never shared across permissions; a mutation in this process drops every
// kept answer, so a caller sees their own launch at once. Answers naming the caller (Query.viewer) are never kept.
//
// Two more things keep a shared answer cheap under load. Identical requests that miss together (every page's kept
// answer expires at the same moment) wait for the one computation already running rather than each starting its own,
// and take its answer if it was kept; a failed answer is not kept, so each waiter then asks for itself. And an answer
// is kept as the JSON text sent, serialised once: a 1 MB asset list stringified for every caller held up every other
// request on the event loop.
import "server-only";
import { createHash } from "node:crypto";
import { type DocumentNode, type ExecutionResult, getOperationAST, Kind, parse, type SelectionSetNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Principal } from "../lib/core/auth/principal";
import { BoundedCache } from "./boundedCache";
import { QUERY_LIMITS } from "./queryLimits";

/** The polled reads, kept `ttlMs`; an operation selecting none of them is not kept. */
const POLLED_FIELDS = new Set([
  "assetNodes",
  "assetGraphOverview",
  "assetGraphGroups",
  "assetNodeOrError",
  "runsOrError",
  "runOrError",
  "logsForRun",
  "runsTimeline",
]);
/** Answers that name the caller: never shared, even with a caller of the same permissions. */
const PERSONAL_FIELDS = new Set(["viewer"]);
const MAX_KEPT_ANSWERS = 500;
/** The kept answers' text together; one answer longer than this is served but not kept. */
const MAX_KEPT_CHARS = 256 * 1024 * 1024;
/** Operations whose shape (shared or not) is remembered, by their text; the console sends about 45. */
const REMEMBERED_OPERATIONS = 200;
const REMEMBERED_OPERATION_CHARS = 4 * 1024 * 1024;
/** Distinct requests computed at once that others may wait for; beyond this a request simply computes its own. */
const MAX_IN_FLIGHT = 500;
/** The console's: half its 2 s poll, so twenty pages polling out of step share most answers yet none is a poll late. */
export const SHARED_ANSWER_MS = 1_000;

/** What decides what a caller may see: two callers with the same fingerprint get the same answers. */
export function permissionFingerprint(principal: Principal): string {
  const grants = principal.grants.map((grant) => `${grant.role}:${grant.selection}`).sort();
  return JSON.stringify([principal.role, grants]);
}

export interface SharedAnswersOptions {
  ttlMs: number;
  /** The caller of a request, as the request's context will read it (memoized per request). */
  principalOf: (request: Request) => Promise<Principal>;
}

type Answer = ExecutionResult & { stringify?: (result: ExecutionResult) => string };

interface KeptAnswer {
  answer: Answer;
  chars: number;
  expiresAt: number;
}

/** The top-level fields an operation selects, through its fragments. */
function topLevelFields(document: DocumentNode, selectionSet: SelectionSetNode, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return topLevelFields(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION ? topLevelFields(document, fragment.selectionSet, seen) : [];
  });
}

/** Whether an operation's answer may be shared: a query of a polled read that does not name the caller. */
function isShareable(query: string, operationName: string | undefined): boolean {
  let document: DocumentNode;
  try {
    // Bounded as the request's own parse is; a document refused there is refused, not shared.
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch {
    return false;
  }
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "query") return false;
  const fields = topLevelFields(document, operation.selectionSet);
  return fields.some((field) => POLLED_FIELDS.has(field)) && !fields.some((field) => PERSONAL_FIELDS.has(field));
}

function isAnswer(result: unknown): result is Answer {
  return typeof result === "object" && result !== null && !Array.isArray(result) && !(Symbol.asyncIterator in result);
}

/** The answers kept, least recently kept first; bounded by count and by their text's total length. */
class KeptAnswers {
  private readonly answers = new Map<string, KeptAnswer>();
  private chars = 0;

  get(key: string, now: number): Answer | undefined {
    const kept = this.answers.get(key);
    if (kept && kept.expiresAt > now) return kept.answer;
    if (kept) this.drop(key, kept);
    return undefined;
  }

  /** Keeps an error-free answer as its JSON text; returns the answer, which now serialises to that text. */
  keep(key: string, result: Answer, expiresAt: number): Answer {
    // As yoga serialises an answer: its own `http` extension (status, headers) is never sent.
    const { http: _http, ...extensions } = result.extensions ?? {};
    const sent = Object.keys(extensions).length > 0 ? extensions : undefined;
    const text = JSON.stringify({ data: result.data, extensions: sent });
    const answer: Answer = { data: result.data, extensions: result.extensions, stringify: () => text };
    if (text.length > MAX_KEPT_CHARS) return answer;
    const previous = this.answers.get(key);
    if (previous) this.drop(key, previous);
    this.answers.set(key, { answer, chars: text.length, expiresAt });
    this.chars += text.length;
    for (const [oldestKey, oldest] of this.answers) {
      if (this.answers.size <= MAX_KEPT_ANSWERS && this.chars <= MAX_KEPT_CHARS) break;
      this.drop(oldestKey, oldest);
    }
    return answer;
  }

  private drop(key: string, kept: KeptAnswer): void {
    this.answers.delete(key);
    this.chars -= kept.chars;
  }
}

export function sharedAnswers({ ttlMs, principalOf }: SharedAnswersOptions): Plugin[] {
  // Bumped by every mutation, before and after it runs: an answer read meanwhile is keyed to a past generation.
  let generation = 0;
  const kept = new KeptAnswers();
  const shapes = new BoundedCache<boolean>(REMEMBERED_OPERATIONS, REMEMBERED_OPERATION_CHARS);
  /** The computations running, by key; each settles with its answer once kept, or with nothing if it is not shared. */
  const inFlight = new Map<string, Promise<Answer | undefined>>();

  const shareable = (query: string, operationName: string | undefined) => {
    const shapeKey = `${operationName ?? ""}\n${query}`;
    let shared = shapes.get(shapeKey);
    if (shared === undefined) {
      shared = isShareable(query, operationName);
      shapes.set(shapeKey, shared);
    }
    return shared;
  };

  return [
    {
      onExecute({ args }) {
        if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
        generation++;
        return {
          onExecuteDone() {
            generation++;
          },
        };
      },
      async onParams({ params, request, setResult, paramsHandler, setParamsHandler }) {
        if (!params.query || !shareable(params.query, params.operationName)) return;
        let principal: Principal;
        try {
          principal = await principalOf(request);
        } catch {
          return; // the request's own context reports it
        }
        const key = createHash("sha256")
          .update(
            JSON.stringify([
              generation,
              permissionFingerprint(principal),
              params.operationName ?? null,
              params.query,
              params.variables ?? null,
            ]),
          )
          .digest("base64url");
        const hit = kept.get(key, Date.now());
        if (hit) return setResult(hit);

        type Payload = Parameters<typeof paramsHandler>[0];
        type Result = Awaited<ReturnType<typeof paramsHandler>>;
        /** The request's own answer, kept when it is one to share. */
        const compute = async (payload: Payload): Promise<{ result: Result; shared?: Answer }> => {
          const result = await paramsHandler(payload);
          if (!isAnswer(result) || result.errors?.length) return { result };
          const shared = kept.keep(key, result, Date.now() + ttlMs);
          return { result: shared, shared };
        };
        setParamsHandler(async (payload) => {
          const running = inFlight.get(key);
          if (running) {
            // The same request is being answered: its answer if it is one to share, else this request asks itself.
            const shared = await running;
            return shared ?? (await compute(payload)).result;
          }
          if (inFlight.size >= MAX_IN_FLIGHT) return (await compute(payload)).result;
          const computing = compute(payload);
          inFlight.set(
            key,
            computing.then(
              (computed) => computed.shared,
              () => undefined,
            ),
          );
          try {
            return (await computing).result;
          } finally {
            inFlight.delete(key);
          }
        });
      },
    },
  ];
}
