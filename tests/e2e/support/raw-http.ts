import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { nextHostname, toNextNodeArgs } from "@/lib/cli/next-process";
import { e2eDatabaseUrl } from "../database";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

/**
 * A request exactly as written: Host, X-Forwarded-* and methods that fetch() refuses to
 * send (or rewrites) go out unchanged, as an attacker's would.
 */
export function sendRaw(
  baseURL: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const target = new URL(baseURL);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
        setHost: !options.headers?.Host,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: Date.now() - started,
          }),
        );
      },
    );
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`${options.path}: no answer within 10 s`)));
    request.end(options.body);
  });
}

/** A server on a free loopback port that records every request it gets (the SSRF canary). */
export async function startCanary(): Promise<{ port: number; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "Content-Type": "text/html" }).end("<h1>canary</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A free loopback port nobody listens on. */
export async function findClosedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A second `next start` of the same build on the e2e database, with settings of its own. */
export async function startExtraServer(env: Record<string, string>): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const port = String(await findClosedPort());
  const child: ChildProcess = spawn(process.execPath, toNextNodeArgs(["start", "-p", port, "-H", nextHostname]), {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: e2eDatabaseUrl, ...env },
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (true) {
    try {
      if ((await sendRaw(baseURL, { path: "/de/leer" })).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the extra server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseURL,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
