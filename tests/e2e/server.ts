import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { nextHostname, toNextNodeArgs } from "@/lib/cli/next-process";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";
import { loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { loadSeedTranslations } from "@/lib/seed/load-translations";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import { e2eDatabasePort, e2eRevalidateToken } from "./database";

// Started by Playwright's webServer: a throwaway PostgreSQL with migrations and
// the real seed data, then `next start` on the production build.
const port = process.env.E2E_PORT ?? "3100";
const server = await startEmbeddedPostgres({
  dataDir: path.join(tmpdir(), `seniorenwegweiser-e2e-${process.pid}`),
  port: e2eDatabasePort,
  persistent: false,
});
await server.dropDatabase("e2e");
await server.createDatabase("e2e");
const url = server.url("e2e");
await applyMigrations(url);
const db = createPrismaClient(url);
const seed = await readSeedData();
await loadSeedData(db, seed);
await loadSeedTranslations(db, await readSeedTranslations(), seed);
await db.$disconnect();

// Spawned directly (not through npx) and in Playwright's process group, so that
// stopping the web server stops Next too; the SIGTERM handler also stops PostgreSQL.
const next = spawn(process.execPath, toNextNodeArgs(["start", "-p", port, "-H", nextHostname]), {
  stdio: "inherit",
  // TRUSTED_PROXY_HOPS=1: the tests act as the proxy in front of the app and give each
  // test its own client address (X-Forwarded-For), so one test's rate limit never touches
  // another's; the default (no proxy trusted) is tested on a server of its own
  // (tests/e2e/hardening.spec.ts).
  env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", REVALIDATE_TOKEN: e2eRevalidateToken, TRUSTED_PROXY_HOPS: "1" },
});
async function stop() {
  next.kill("SIGTERM");
  await server.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
next.on("exit", () => void stop());
