import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const httpEdge = pathToFileURL(fileURLToPath(new URL("../server/http-edge.mjs", import.meta.url))).href;

// Next's host name must be "localhost": Next calls every loopback address "localhost" in
// the proxy's request URL, and a rewrite to an origin other than the one the server was
// started with is proxied over HTTP instead of served in-process. Here "localhost" is the
// loopback address only (never a network interface).
export const nextHostname = "localhost";

// V8 collects old garbage only when its heap nears the limit, which on a large machine is
// gigabytes away: a server's memory would grow far past PAGE_CACHE_MB with nothing retained.
// The limit is the page cache plus room for everything else the server holds.
const heapBeyondCacheMb = 256;

export function toHeapLimitMb(env: Record<string, string | undefined> = process.env): number {
  const cacheMb = Number(env.PAGE_CACHE_MB ?? 512);
  return Math.ceil((Number.isFinite(cacheMb) && cacheMb > 0 ? cacheMb : 512) + heapBeyondCacheMb);
}

/** Node's arguments for the Next CLI, with the HTTP edge (lib/server/http-edge.mjs) loaded first; a server gets a heap limit. */
export function toNextNodeArgs(args: string[], env: Record<string, string | undefined> = process.env): string[] {
  const heap =
    args[0] === "start" && !/--max-old-space-size/.test(env.NODE_OPTIONS ?? "") ? [`--max-old-space-size=${toHeapLimitMb(env)}`] : [];
  return [...heap, "--import", httpEdge, nextBin, ...args];
}
