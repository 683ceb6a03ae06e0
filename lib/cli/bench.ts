import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";
import { isDatabaseEmpty, loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { generateSyntheticData } from "./bench-data";
import { computeSourceStamp, isBuildCurrent, stampFile } from "./build-state";

// `npm run bench`: the production build against 100,000 synthetic offers in a
// database of its own (.data/bench-postgres, never the default one). Prints
// latency and throughput per route relative to an empty static page of the
// same build, and the JavaScript each route ships.
const port = Number(process.env.BENCH_PORT ?? 3300);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const origin = `http://127.0.0.1:${port}`;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const routes = [
  { name: "baseline (empty static page)", path: "/de/leer" },
  { name: "search: text + 2 filters", path: "/de/angebote?q=Begegnungsst%C3%A4tte&art=begegnungsstaette&feld=begegnung-inklusion" },
  { name: "city page", path: "/de/staedte/synth-001" },
  { name: "district page", path: "/de/staedte/synth-001/bezirk-1" },
  { name: "offer page", path: "/de/angebote/synth-offer-12345" },
];

function runNext(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [nextBin, ...args], { stdio: ["ignore", "ignore", "inherit"], env, detached: true });
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function javaScriptBytes(pathname: string): Promise<number> {
  const html = await (await fetch(origin + pathname)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!);
  let total = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    total += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  return total + gzipSync(Buffer.from(inline)).length;
}

function measure(url: string, connections: number) {
  return autocannon({ url, connections, duration: seconds, pipelining: 1 });
}

const log = (line: string) => console.log(`[bench] ${line}`);
const server = await startEmbeddedPostgres({
  dataDir: path.join(process.cwd(), ".data", "bench-postgres"),
  port: Number(process.env.BENCH_PG_PORT ?? 54339),
  persistent: true,
});
let next: ReturnType<typeof runNext> | undefined;
try {
  await server.createDatabase("seniorenwegweiser_bench");
  const url = server.url("seniorenwegweiser_bench");
  await applyMigrations(url);
  const db = createPrismaClient(url);
  if (await isDatabaseEmpty(db)) await loadSeedData(db, await readSeedData());
  await db.$disconnect();
  log("Generating synthetic data (first run only) …");
  const started = Date.now();
  if (await generateSyntheticData(url)) log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  const stamp = computeSourceStamp();
  if (!isBuildCurrent(stamp)) {
    log("Building …");
    const build = runNext(["build"], env);
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("next build failed");
    writeFileSync(stampFile, stamp);
  }
  next = runNext(["start", "-p", String(port), "-H", "127.0.0.1"], env);
  await waitFor(`${origin}/de/leer`);

  const rows: string[][] = [];
  let baselineRps = 0;
  for (const route of routes) {
    for (let i = 0; i < 20; i++) await fetch(origin + route.path); // warm caches
    const status = (await fetch(origin + route.path)).status;
    const result = await measure(origin + route.path, 10);
    const single = await measure(origin + route.path, 1);
    if (!baselineRps) baselineRps = result.requests.average;
    const js = await javaScriptBytes(route.path);
    rows.push([
      route.name,
      String(status),
      result.requests.average.toFixed(0),
      `${((result.requests.average / baselineRps) * 100).toFixed(0)} %`,
      `${result.latency.p50} / ${result.latency.p97_5} / ${result.latency.p99}`,
      `${single.latency.p50} / ${single.latency.p97_5} / ${single.latency.p99}`,
      `${(js / 1024).toFixed(1)} KB`,
      String(result.non2xx + result.errors),
    ]);
  }
  const header = ["route", "status", "req/s (10 conn)", "of baseline", "ms p50/p97.5/p99 (10 conn)", "ms p50/p97.5/p99 (1 conn)", "JS gzip", "errors"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}\n${rows.map(line).join("\n")}`);
  console.log(`\n${seconds} s per measurement; autocannon reports p97.5 in place of p95. Routes: ${routes.map((r) => r.path).join("  ")}`);
} finally {
  if (next?.pid) {
    try {
      process.kill(-next.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await server.stop();
}
