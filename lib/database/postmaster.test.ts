import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRunningPostmaster, isProcessAlive, parsePostmasterPid } from "./postmaster";

// As PostgreSQL 18 writes it: the status is padded to a fixed width.
const readyFile = ["4242", "/srv/data/postgres", "1764650000", "54329", "/tmp", "127.0.0.1", "  5432001    688128", "ready   ", ""].join(
  "\n",
);

describe("parsePostmasterPid", () => {
  it("reads PID, data directory, port, listen address and status of a ready server", () => {
    expect(parsePostmasterPid(readyFile)).toEqual({
      pid: 4242,
      dataDir: "/srv/data/postgres",
      port: 54329,
      listenAddress: "127.0.0.1",
      status: "ready",
    });
  });

  it("reads a file the server is still writing: what is missing is null", () => {
    expect(parsePostmasterPid("4242\n/srv/data/postgres\n1764650000\n")).toEqual({
      pid: 4242,
      dataDir: "/srv/data/postgres",
      port: null,
      listenAddress: null,
      status: null,
    });
    expect(parsePostmasterPid(readyFile.replace("ready   ", "starting"))?.status).toBe("starting");
  });

  it("takes a wildcard listen address as loopback and an empty one as no TCP", () => {
    expect(parsePostmasterPid(readyFile.replace("\n127.0.0.1\n", "\n*\n"))?.listenAddress).toBe("127.0.0.1");
    expect(parsePostmasterPid(readyFile.replace("\n127.0.0.1\n", "\n\n"))?.listenAddress).toBeNull();
  });

  it("refuses a file without a PID and ignores a port out of range", () => {
    expect(parsePostmasterPid("")).toBeNull();
    expect(parsePostmasterPid("not a pid\n/srv\n")).toBeNull();
    expect(parsePostmasterPid("-1\n/srv\n")).toBeNull();
    expect(parsePostmasterPid(readyFile.replace("\n54329\n", "\n99999\n"))?.port).toBeNull();
  });
});

describe("findRunningPostmaster", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "postmaster-test-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("finds nothing without a lock file", async () => {
    expect(await findRunningPostmaster(dir)).toBeNull();
  });

  it("finds the server whose PID is alive and ignores a lock file left over by a dead one", async () => {
    await writeFile(path.join(dir, "postmaster.pid"), readyFile.replace("4242", String(process.pid)));
    expect(await findRunningPostmaster(dir)).toMatchObject({ pid: process.pid, port: 54329, status: "ready" });
    // Above Linux's highest PID (2^22), so certainly no process.
    await writeFile(path.join(dir, "postmaster.pid"), readyFile.replace("4242", String(2 ** 23)));
    expect(await findRunningPostmaster(dir)).toBeNull();
  });

  it("tells a live process from a gone one", () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(2 ** 23)).toBe(false);
  });
});
