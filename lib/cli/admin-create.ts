import { parseArgs } from "node:util";
import { passwordTokenLifetimeMs } from "@/lib/admin/auth/lifetimes";
import { hashPassword } from "@/lib/admin/passwords";
import { checkText, normaliseText } from "@/lib/admin/text-rules";
import { generateToken, hashToken } from "@/lib/admin/tokens";
import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { getSiteUrl } from "@/lib/env";
import { openDatabase } from "./database";
import { describeError } from "./errors";

// npm run admin:create -- --email person@stadt.de [--password-stdin] [--name "…"]
// Creates an ADMIN account on the embedded database (or DATABASE_URL). Without
// --password-stdin it prints a one-time set-password link instead.
const usage = "usage: npm run admin:create -- --email <address> [--name <name>] [--password-stdin]";

function fail(message: string): never {
  console.error(`admin:create: ${message}\n${usage}`);
  process.exit(1);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // Only the line break that `echo` or a here-string adds; everything else is the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
    strict: true,
  }).values;
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : "invalid arguments");
}

const email = normaliseText(args.email ?? "").toLowerCase();
const emailProblem = checkText(email, { max: 254, required: true, format: "email" });
if (emailProblem) fail(`--email: ${emailProblem}`);
const name = args.name ? normaliseText(args.name) : null;

let passwordHash: string | null = null;
if (args["password-stdin"]) {
  const password = await readStdin();
  if (password.length < 12) fail("the password must be at least 12 characters long");
  if (password.length > 256) fail("the password is too long");
  passwordHash = await hashPassword(password);
}

const db = await openDatabase(console.log).catch((error: unknown) => {
  console.error(`admin:create: ${describeError(error)}`);
  process.exit(1);
});
const prisma = createPrismaClient(db.url);
let exitCode = 0;
try {
  await applyMigrations(db.url);
  const token = passwordHash ? null : generateToken();
  const now = new Date();
  const created = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return null;
    const user = await tx.user.create({
      data: {
        email,
        name,
        role: "ADMIN",
        passwordHash,
        ...(token
          ? { passwordTokens: { create: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + passwordTokenLifetimeMs) } } }
          : {}),
      },
      select: { id: true },
    });
    await tx.auditEntry.create({
      data: { action: "user.create", entityType: "user", entityId: user.id, after: { email, name, role: "ADMIN", via: "admin:create" } },
    });
    return user;
  });
  if (!created) {
    console.error(`admin:create: an account for ${email} already exists; nothing changed.`);
    exitCode = 1;
  } else if (token) {
    const link = new URL("/de/admin/passwort", getSiteUrl());
    link.searchParams.set("token", token);
    console.log(`admin:create: ADMIN ${email} created. Set the password within 72 hours with this one-time link:\n${link}`);
  } else {
    console.log(`admin:create: ADMIN ${email} created with the given password.`);
  }
} catch (error) {
  console.error(`admin:create: ${describeError(error)}`);
  exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.close();
}
process.exit(exitCode);
