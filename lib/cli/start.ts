import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { getPort } from "@/lib/env";
import { isDatabaseEmpty, loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { computeSourceStamp, isBuildCurrent, stampFile } from "./build-state";
import { openDatabase } from "./database";

const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[start] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawn(command, args, { stdio: "inherit", env });
}

const db = await openDatabase(log);
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  child?.kill("SIGTERM");
  if (db.embedded) {
    log("Stopping PostgreSQL …");
    await db.embedded.stop();
  }
  process.exit(code);
}
let child: ReturnType<typeof spawn> | undefined;
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const migrations = await applyMigrations(db.url);
  log(`Migrations: ${migrations.applied.length} applied, ${migrations.skipped.length} already there.`);
  const prisma = createPrismaClient(db.url);
  if (await isDatabaseEmpty(prisma)) {
    const seeded = await loadSeedData(prisma, await readSeedData());
    log(`Seed data loaded: ${seeded.offers} offers in ${seeded.cities} cities.`);
  }
  await prisma.$disconnect();

  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  const port = String(getPort());
  if (dev) {
    child = run("npx", ["next", "dev", "-p", port], env);
  } else {
    const stamp = computeSourceStamp();
    if (!isBuildCurrent(stamp)) {
      log("Building the production app …");
      const build = run("npx", ["next", "build"], env);
      const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
      writeFileSync(stampFile, stamp);
    }
    log(`Serving on http://localhost:${port}`);
    child = run("npx", ["next", "start", "-p", port], env);
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
