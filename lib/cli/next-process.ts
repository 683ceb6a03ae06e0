import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const httpEdge = pathToFileURL(fileURLToPath(new URL("../server/http-edge.mjs", import.meta.url))).href;

// Next's host name must be "localhost": Next calls every loopback address "localhost" in
// the proxy's request URL, and a rewrite to an origin other than the one the server was
// started with is proxied over HTTP instead of served in-process. Here "localhost" is the
// loopback address only (never a network interface).
export const nextHostname = "localhost";

/** Node's arguments for the Next CLI, with the HTTP edge (lib/server/http-edge.mjs) loaded first. */
export function toNextNodeArgs(args: string[]): string[] {
  return ["--import", httpEdge, nextBin, ...args];
}
