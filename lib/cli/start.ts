import { spawn } from "node:child_process";
import { toNextNodeArgs } from "./next-process";
import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { getPort } from "@/lib/env";
import { isDatabaseEmpty, loadSeedData } from "@/lib/seed/load";
import { loadSeedTranslations } from "@/lib/seed/load-translations";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import { readSeedData } from "@/lib/seed/read-files";
import { computeSourceStamp, isBuildCurrent, stampFile } from "./build-state";
import { openDatabase } from "./database";
import { describeError } from "./errors";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[start] ${line}`);

// Next.js runs its server in a child process of its own; a process group lets
// Ctrl-C stop all of it before PostgreSQL goes down.
function runNext(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, toNextNodeArgs(args, env), { stdio: "inherit", env, detached: true });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

// Not attach: the other process owns that PostgreSQL and would stop it under this server.
const db = await openDatabase(log, { attach: false }).catch((error: unknown) => {
  console.error(`[start] ${describeError(error)}`);
  process.exit(1);
});
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child) await stopChild(child);
  if (db.source === "started") {
    log("Stopping PostgreSQL …");
    await db.close();
  }
  process.exit(code);
}
let child: ChildProcess | undefined;
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const migrations = await applyMigrations(db.url);
  log(`Migrations: ${migrations.applied.length} applied, ${migrations.skipped.length} already there.`);
  const prisma = createPrismaClient(db.url);
  const seed = await readSeedData();
  if (await isDatabaseEmpty(prisma)) {
    const seeded = await loadSeedData(prisma, seed);
    log(`Seed data loaded: ${seeded.offers} offers in ${seeded.cities} cities.`);
  }
  const translations = await loadSeedTranslations(prisma, await readSeedTranslations(), seed);
  if (translations > 0) log(`Seed translations added: ${translations}.`);
  await prisma.$disconnect();

  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  const port = String(getPort());
  if (dev) {
    child = runNext(["dev", "-p", port], env);
  } else {
    const stamp = computeSourceStamp();
    if (!isBuildCurrent(stamp)) {
      log("Building the production app …");
      const build = runNext(["build"], env);
      const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
      writeFileSync(stampFile, stamp);
    }
    log(`Serving on http://localhost:${port}`);
    child = runNext(["start", "-p", port], env);
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(`[start] ${describeError(error)}`);
  await shutdown(1);
}
