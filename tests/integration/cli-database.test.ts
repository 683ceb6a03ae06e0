import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseInUseError, openEmbeddedDatabase } from "@/lib/cli/database";
import type { DatabaseHandle } from "@/lib/cli/database";
import { resolveDataDir, startEmbeddedPostgres } from "@/lib/database/embedded";
import { findRunningPostmaster, parsePostmasterPid } from "@/lib/database/postmaster";

// Below the range global-setup picks from, so that the two servers never meet.
const port = 50_000 + Math.floor(Math.random() * 4_000);
const dataDir = path.join(tmpdir(), `seniorenwegweiser-cli-${process.pid}-${port}`);
const lines: string[] = [];
const options = { dataDir, port, attach: true, log: (line: string) => lines.push(line) };
const handles: DatabaseHandle[] = [];

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const handle of handles) await handle.close();
  await rm(resolveDataDir(dataDir), { recursive: true, force: true });
});

describe("CLI commands and a running embedded PostgreSQL", () => {
  it("a second open attaches to the running server, sees its data, and closing it leaves the server running", async () => {
    const first = await openEmbeddedDatabase(options);
    handles.push(first);
    expect(first.source).toBe("started");
    await query(first.url, "CREATE TABLE probe (word text); INSERT INTO probe VALUES ('hallo')");

    const lockFile = parsePostmasterPid(await readFile(path.join(resolveDataDir(dataDir), "postmaster.pid"), "utf8"));
    expect(lockFile).toMatchObject({ port, listenAddress: "127.0.0.1", status: "ready" });

    // Another port asked for: an attached command must use the one the server has.
    const second = await openEmbeddedDatabase({ ...options, port: port + 1 });
    expect(second.source).toBe("attached");
    expect(new URL(second.url).port).toBe(String(port));
    expect(await query(second.url, "SELECT word FROM probe")).toEqual([{ word: "hallo" }]);
    expect(lines.some((line) => line.includes(`already running on 127.0.0.1:${port}`))).toBe(true);

    await second.close();
    expect(await findRunningPostmaster(resolveDataDir(dataDir))).toMatchObject({ pid: lockFile!.pid });
    expect(await query(first.url, "SELECT count(*)::int AS n FROM probe")).toEqual([{ n: 1 }]);
  });

  it("npm start's open (no attaching) refuses the running server with a sentence saying what to do", async () => {
    const refused = openEmbeddedDatabase({ ...options, attach: false });
    await expect(refused).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(refused).rejects.toThrow(/already running on this project's data.*Stop that one first.*DATABASE_URL/);
    // It is reachable, so nobody is told to delete its lock file.
    await expect(refused).rejects.not.toThrow(/left over/);
  });

  it("closing the handle that started the server stops it", async () => {
    const started = handles.shift()!;
    await started.close();
    expect(await findRunningPostmaster(resolveDataDir(dataDir))).toBeNull();
  });

  it("a data directory held by a process it cannot connect to: a sentence saying what to do, nothing started", async () => {
    const held = await mkdtemp(path.join(tmpdir(), "seniorenwegweiser-held-"));
    try {
      // A live PID (this test's) and a port nobody listens on, as after a crash whose PID was reused.
      const file = [
        String(process.pid),
        held,
        "1764650000",
        String(port + 3),
        "/tmp",
        "127.0.0.1",
        "  5432001    688128",
        "ready   ",
        "",
      ].join("\n");
      await writeFile(path.join(held, "postmaster.pid"), file);
      const refused = openEmbeddedDatabase({ ...options, dataDir: held, waitMs: 0 });
      await expect(refused).rejects.toBeInstanceOf(DatabaseInUseError);
      await expect(refused).rejects.toThrow(/cannot connect to it \(.+\)\. Stop `npm start`.*DATABASE_URL.*postmaster\.pid is left over/);
      const startRefused = openEmbeddedDatabase({ ...options, dataDir: held, attach: false });
      await expect(startRefused).rejects.toThrow(/already running.*Stop that one first.*DATABASE_URL.*postmaster\.pid is left over/);
    } finally {
      await rm(held, { recursive: true, force: true });
    }
  });

  it("a start that fails says why instead of rejecting with undefined", async () => {
    const taken = createServer();
    const busyPort = port + 2;
    await new Promise<void>((resolve) => taken.listen(busyPort, "127.0.0.1", resolve));
    try {
      const failed = startEmbeddedPostgres({ dataDir, port: busyPort, persistent: true });
      await expect(failed).rejects.toThrow(/^PostgreSQL did not start: .*(could not (bind|create)|already in use)/);
      await expect(failed).rejects.not.toThrow(/undefined/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    expect(await findRunningPostmaster(resolveDataDir(dataDir))).toBeNull();
  });
});
