import { spawn } from "node:child_process";
import { nextHostname, toNextNodeArgs } from "./next-process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";
import { isDatabaseEmpty, loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { generateSyntheticData, loadSearchPlan, syntheticOfferCount } from "./bench-data";
import { formatTable, legend, median, summaryLine, tableHeader, tableRow } from "./bench-report";
import type { Measurement, RouteResult } from "./bench-report";
import { buildRoutes, searchCapacity, selectRoutes } from "./bench-routes";
import type { RouteSpec } from "./bench-routes";
import { summarizeLatency } from "./bench-stats";
import { computeSourceStamp, isBuildCurrent, stampFile } from "./build-state";

// `npm run bench`: the production build against 100,000 synthetic offers in a
// database of its own (.data/bench-postgres, never the default one). Prints
// latency percentiles and throughput per route relative to an empty static page of
// the same build, the JavaScript each route ships, and PASS/FAIL against the
// issue's targets. Environment: BENCH_PORT, BENCH_PG_PORT, BENCH_SECONDS,
// BENCH_WARMUP, BENCH_ROUTES (see README, "Benchmark").
const port = Number(process.env.BENCH_PORT ?? 3300);
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54339);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const pairs = Number(process.env.BENCH_PAIRS ?? 5);
const pairSeconds = Number(process.env.BENCH_PAIR_SECONDS ?? 4);
const warmupRequests = Number(process.env.BENCH_WARMUP ?? 20);
const origin = `http://127.0.0.1:${port}`;
const log = (line: string) => console.log(`[bench] ${line}`);

function runNext(args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, toNextNodeArgs(args, env), { stdio: ["ignore", "ignore", "inherit"], env, detached: true });
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

function headerValue(headers: Record<string, unknown> | undefined, name: string): string {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  const value = Array.isArray(entry?.[1]) ? entry[1][0] : entry?.[1];
  return typeof value === "string" && value !== "" ? value : "none";
}

// Markers of a search page that corrected its input or found nothing (components/search-*.tsx).
const badSearchPage = /id="(?:notices-heading|empty-heading)"/;

/** Requests counter per route: rotating routes never reuse a URL across warm-up and runs. */
type Cursor = { n: number };

async function measure(route: RouteSpec, connections: number, cursor: Cursor, duration = seconds): Promise<Measurement> {
  const times: number[] = [];
  const cache: Record<string, number> = {};
  let badPages = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: origin,
    connections,
    duration,
    pipelining: 1,
    requests: [
      {
        method: "GET",
        path: route.path(cursor.n),
        ...(route.rotating ? { setupRequest: (request) => ({ ...request, path: route.path(cursor.n++) }) } : {}),
        onResponse: (status, body, _context, headers) => {
          const value = headerValue(headers as Record<string, unknown> | undefined, "x-nextjs-cache");
          cache[value] = (cache[value] ?? 0) + 1;
          if (route.search && status >= 200 && status < 300 && badSearchPage.test(body)) badPages++;
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  return {
    requestsPerSecond: times.length / Math.max(result.duration, 1e-9),
    latency: summarizeLatency(times),
    bad: result.non2xx + result.errors + result.timeouts + badPages,
    cache,
  };
}

async function benchRoute(route: RouteSpec): Promise<RouteResult> {
  const cursor: Cursor = { n: 0 };
  const nextPath = () => route.path(route.rotating ? cursor.n++ : 0);
  for (let i = 0; i < warmupRequests; i++) await (await fetch(origin + nextPath())).arrayBuffer();
  // What a reader gets after warm-up: the same URL again, or a fresh one for rotating routes.
  const probe = await fetch(origin + nextPath(), { redirect: "manual" });
  await probe.arrayBuffer();
  const cacheAfterWarmup = probe.headers.get("x-nextjs-cache") ?? "none";
  log(`${route.key}: ${probe.status}, x-nextjs-cache ${cacheAfterWarmup}; measuring …`);
  const at10 = await measure(route, 10, cursor);
  const at1 = await measure(route, 1, cursor);
  const jsBytes = await javaScriptBytes(nextPath());
  return { route, status: probe.status, cacheAfterWarmup, at10, at1, jsBytes };
}

const server = await startEmbeddedPostgres({
  dataDir: path.join(process.cwd(), ".data", "bench-postgres"),
  port: pgPort,
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
  log("Synthetic data: checking (generated on the first run only, a few minutes) …");
  const started = Date.now();
  if (await generateSyntheticData(url)) log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const plan = await loadSearchPlan(url);
  const routes = selectRoutes(buildRoutes(plan, Math.floor(Math.random() * syntheticOfferCount)), process.env.BENCH_ROUTES);

  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  const stamp = computeSourceStamp();
  if (!isBuildCurrent(stamp)) {
    log("Building …");
    const build = runNext(["build"], env);
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) throw new Error("next build failed");
    writeFileSync(stampFile, stamp);
  }
  next = runNext(["start", "-p", String(port), "-H", nextHostname], env);
  await waitFor(`${origin}/de/leer`);

  const results: RouteResult[] = [];
  for (const route of routes) results.push(await benchRoute(route));
  // The machine's speed drifts during a run (JIT warm-up, other load): the empty page is
  // measured again at the end, and every ratio is taken against the faster of the two.
  const first = results.find((r) => r.route.target === "baseline")!;
  const last = await benchRoute({ ...first.route, key: "baseline-end", name: `${first.route.name}, again at the end` });
  results.push(last);
  const baseline = last.at10.requestsPerSecond > first.at10.requestsPerSecond ? last : first;
  // Throughput targets are judged on back-to-back pairs (baseline, then the route).
  for (const result of results) {
    if (result.route.target !== "cached" && result.route.target !== "search") continue;
    log(`${result.route.key}: ${pairs} paired runs against the baseline …`);
    const ratios: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const base = await measure(first.route, 10, { n: 0 }, pairSeconds);
      const own = await measure(result.route, 10, { n: 0 }, pairSeconds);
      if (base.requestsPerSecond > 0) ratios.push(own.requestsPerSecond / base.requestsPerSecond);
    }
    result.pairedRatio = { median: median(ratios), pairs: ratios.length };
  }

  console.log(
    `\n${formatTable(
      tableHeader,
      results.map((r) => tableRow(r, baseline)),
    )}\n`,
  );
  console.log(legend(seconds));
  if (results.some((r) => r.route.key === "search-uncached")) {
    console.log(
      `Uncached search rotates ${plan.words.length} words × ${plan.arts.length} types × ${plan.felder.length} fields × ${plan.maxPage} pages ` +
        `(${searchCapacity(plan).toLocaleString("en")} distinct URLs).`,
    );
  }
  console.log("Routes:");
  for (const r of results)
    console.log(`  ${r.route.key.padEnd(16)} ${r.route.name}\n  ${"".padEnd(16)} ${r.route.path(0)}${r.route.rotating ? " …" : ""}`);
  console.log(`\n${summaryLine(results, baseline)}`);
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
