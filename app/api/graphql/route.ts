// Mounts the GraphQL API at /api/graphql.
import { SHARED_ANSWER_MS } from "../../../graphql/sharedAnswers";
import { createGraphQLServer } from "../../../graphql/yoga";
import { getPrisma } from "../../../lib/store/prisma";

const yoga = createGraphQLServer(getPrisma, undefined, { sharedAnswerMs: SHARED_ANSWER_MS });

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return yoga.handleRequest(request, {});
}

export async function POST(request: Request) {
  return yoga.handleRequest(request, {});
}

export async function OPTIONS(request: Request) {
  return yoga.handleRequest(request, {});
}
