import path from "node:path";
import pg from "pg";
import { createEmbeddedDatabase, embeddedUrl, resolveDataDir, startEmbeddedPostgres } from "@/lib/database/embedded";
import { findRunningPostmaster } from "@/lib/database/postmaster";
import type { PostmasterFile } from "@/lib/database/postmaster";
import { describeError } from "./errors";

export type DatabaseHandle = {
  url: string;
  /** "started": this process runs PostgreSQL and stops it on close; "attached": another process runs it and keeps it running. */
  source: "env" | "started" | "attached";
  close: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  /** The port for a server this process starts; an attached one keeps its own. */
  port: number;
  /** false: refuse a server that another process runs (npm start must own its PostgreSQL). */
  attach: boolean;
  log: (line: string) => void;
  /** How long to wait for a server that is still starting or stopping. */
  waitMs?: number;
};

/** Thrown when the data directory is held by a server this command must not or cannot use. */
export class DatabaseInUseError extends Error {}

export const defaultDataDir = path.join(process.cwd(), ".data", "postgres");
const databaseName = "seniorenwegweiser";
const advice = "Stop `npm start` (Ctrl-C in its terminal) and run this command again, or set DATABASE_URL to a PostgreSQL of your own.";

// DATABASE_URL wins; without it the project's own embedded PostgreSQL is used, with
// its data kept under .data/ so that a second start finds everything again.
export async function openDatabase(log: (line: string) => void, options: { attach?: boolean } = {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, source: "env", close: async () => undefined };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  return openEmbeddedDatabase({ dataDir: defaultDataDir, port, attach: options.attach ?? true, log });
}

/**
 * One data directory can have one server only. A second PostgreSQL on it refuses to
 * start, so a command that finds one running (postmaster.pid, live PID) connects to
 * it instead, and leaves it running when it is done.
 */
export async function openEmbeddedDatabase(options: EmbeddedOptions): Promise<DatabaseHandle> {
  const dataDir = resolveDataDir(options.dataDir);
  const running = await findRunningPostmaster(dataDir);
  if (running) return attach(running, dataDir, options);
  options.log(`Starting embedded PostgreSQL on 127.0.0.1:${options.port} …`);
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  try {
    embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, persistent: true });
  } catch (error) {
    // Another command may have started one on the same data a moment earlier.
    const winner = await findRunningPostmaster(dataDir);
    if (winner) return attach(winner, dataDir, options);
    throw error;
  }
  try {
    await embedded.createDatabase(databaseName);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return { url: embedded.url(databaseName), source: "started", close: () => embedded.stop() };
}

async function attach(found: PostmasterFile, dataDir: string, options: EmbeddedOptions): Promise<DatabaseHandle> {
  const where = `PostgreSQL (PID ${found.pid}${found.port ? `, port ${found.port}` : ""}) is already running on this project's data in ${dataDir}`;
  const leftOver = `If no PostgreSQL is running at all, ${path.join(dataDir, "postmaster.pid")} is left over from a crash: delete it and try again.`;
  if (!options.attach) {
    const reachable = found.port !== null && (await canConnect(found.port));
    throw new DatabaseInUseError(
      `${where}, most likely for another \`npm start\` or \`npm run dev\`. Stop that one first (Ctrl-C in its terminal), or set DATABASE_URL to a PostgreSQL of your own.${reachable ? "" : ` ${leftOver}`}`,
    );
  }
  const settled = await waitWhileBusy(dataDir, found, options.waitMs ?? 30_000);
  if (!settled) return openEmbeddedDatabase({ ...options, waitMs: 0 });
  if (settled.status !== "ready" || settled.port === null || settled.listenAddress === null) {
    throw new DatabaseInUseError(
      `${where}, but it is not ready to accept connections over TCP (status: ${settled.status ?? "unknown"}). ${advice}`,
    );
  }
  try {
    await createEmbeddedDatabase(settled.port, databaseName);
  } catch (error) {
    throw new DatabaseInUseError(`${where}, but this command cannot connect to it (${describeError(error)}). ${advice} ${leftOver}`, {
      cause: error,
    });
  }
  options.log(`Using the PostgreSQL already running on 127.0.0.1:${settled.port} (PID ${settled.pid}); it keeps running afterwards.`);
  return { url: embeddedUrl(settled.port, databaseName), source: "attached", close: async () => undefined };
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres"), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's state once it is neither starting nor stopping; null when it has gone. */
async function waitWhileBusy(dataDir: string, found: PostmasterFile, waitMs: number): Promise<PostmasterFile | null> {
  const deadline = Date.now() + waitMs;
  let current: PostmasterFile | null = found;
  while (current && (current.status === null || current.status === "starting" || current.status === "stopping") && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    current = await findRunningPostmaster(dataDir);
  }
  return current;
}
