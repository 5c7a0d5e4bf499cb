// Recognizes Postgres's unique violation as Prisma reports it, for inserts that treat "already there" as an answer.
import { Prisma } from "./generated/prisma/client";

/** True for P2002 (a unique constraint refused the row); the transaction it happened in has been rolled back. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
