import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * PostgreSQL's lock file in its data directory, postmaster.pid: PID, data directory,
 * start time, port, socket directory, listen address, shared memory key, status, one
 * a line. The lines after the PID are filled in while the server starts, so a file
 * read early may stop after any of them.
 */
export type PostmasterFile = {
  pid: number;
  dataDir: string | null;
  port: number | null;
  listenAddress: string | null;
  /** "starting", "ready", "standby" or "stopping"; null before the server writes it. */
  status: string | null;
};

export function parsePostmasterPid(text: string): PostmasterFile | null {
  const lines = text.split("\n").map((line) => line.trim());
  const pid = /^[1-9][0-9]*$/.test(lines[0] ?? "") ? Number(lines[0]) : null;
  if (pid === null) return null;
  const port = /^[1-9][0-9]{0,4}$/.test(lines[3] ?? "") ? Number(lines[3]) : null;
  // An empty listen address means "no TCP", which a TCP client cannot attach to.
  const listen = lines[5] ? (lines[5] === "*" ? "127.0.0.1" : lines[5]) : null;
  return {
    pid,
    dataDir: lines[1] || null,
    port: port !== null && port <= 65_535 ? port : null,
    listenAddress: listen,
    status: lines[7] || null,
  };
}

/** Signal 0 only asks whether the process exists; EPERM means it does, under another user. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The server that holds `dataDir`, or null when none does (no lock file, or a stale one). */
export async function findRunningPostmaster(dataDir: string): Promise<PostmasterFile | null> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const file = parsePostmasterPid(text);
  if (!file) return null;
  return isProcessAlive(file.pid) ? file : null;
}
