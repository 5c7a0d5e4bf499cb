// Creates a password user in the database DATABASE_URL names: `tsx e2e/support/addUser.ts <email> <role> <password>`.
// A separate process, so the browser tests need neither Prisma nor argon2 loaded in the test runner.
import { hashPassword } from "../../lib/auth/passwords";
import { isRole } from "../../lib/core/auth/roles";
import { connectDatabase } from "../../lib/store/database";
import { createUser } from "../../lib/store/users";

const [email, role, password] = process.argv.slice(2);
if (!email || !role || !isRole(role) || !password || !process.env.DATABASE_URL) {
  console.error("usage: DATABASE_URL=… tsx e2e/support/addUser.ts <email> <VIEWER|LAUNCHER|EDITOR|ADMIN> <password>");
  process.exit(2);
}
const db = connectDatabase(process.env.DATABASE_URL);
const created = await createUser(db, { email, role, passwordHash: await hashPassword(password) });
await db.$disconnect();
if (created.kind !== "success") {
  console.error(created.message);
  process.exit(1);
}
