import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import type { EmbeddedDatabase } from "@/lib/database/embedded";

export type DatabaseHandle = { url: string; embedded: EmbeddedDatabase | null };

export const defaultDataDir = path.join(process.cwd(), ".data", "postgres");

// DATABASE_URL wins; without it the project's own embedded PostgreSQL is used, with
// its data kept under .data/ so that a second start finds everything again.
export async function openDatabase(log: (line: string) => void): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(`Starting embedded PostgreSQL on 127.0.0.1:${port} …`);
  const embedded = await startEmbeddedPostgres({ dataDir: defaultDataDir, port, persistent: true });
  await embedded.createDatabase("seniorenwegweiser");
  return { url: embedded.url("seniorenwegweiser"), embedded };
}
