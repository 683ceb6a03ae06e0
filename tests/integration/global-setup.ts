import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";

declare module "vitest" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

// A real PostgreSQL for the whole run: an external server when TEST_DATABASE_URL
// names one, otherwise a throwaway embedded cluster that is deleted afterwards.
export default async function setup(project: TestProject) {
  const database = `it_${randomBytes(4).toString("hex")}`;
  const port = 55000 + Math.floor(Math.random() * 5000);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(tmpdir(), `seniorenwegweiser-it-${process.pid}-${port}`),
    port,
    persistent: false,
  });
  await server.createDatabase(database);
  const url = server.url(database);
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("adminUrl", server.url("postgres"));
  return async () => {
    await server.dropDatabase(database);
    await server.stop();
  };
}
