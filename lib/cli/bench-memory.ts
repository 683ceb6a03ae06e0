import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrations";
import { loadSeedData } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { nextHostname, toHeapLimitMb, toNextNodeArgs } from "./next-process";

// `npm run bench:memory`: does the page cache stay within PAGE_CACHE_MB under a stream of
// requests that each make a page of their own? Starts the production build (build it
// first: `npm run build`) with a small PAGE_CACHE_MB on a throwaway database with the
// seed data, sends unique searches, searches with unknown parameters and invented offer
// slugs, and prints the server's resident memory (all its processes) as it goes. Judged:
// RSS at the end ≤ RSS after warm-up + PAGE_CACHE_MB + the stated overhead.
const cacheMb = Number(process.env.BENCH_PAGE_CACHE_MB ?? 64);
const requests = Number(process.env.BENCH_MEMORY_REQUESTS ?? 4000);
const statedOverheadMb = Number(process.env.BENCH_MEMORY_OVERHEAD_MB ?? 128);
const port = Number(process.env.BENCH_PORT ?? 3300);
const pgPort = Number(process.env.BENCH_PG_PORT ?? 54339) + 1;
const origin = `http://127.0.0.1:${port}`;
const log = (line: string) => console.log(`[bench:memory] ${line}`);

/** Resident memory of a process and everything it started, in MiB (Linux /proc). */
function residentMb(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      parents.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0));
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) queue.push(child);
  }
  return total / 1024;
}

async function run(paths: (i: number) => string, count: number, pid: number, label: string) {
  let next = 0;
  const statuses = new Map<number, number>();
  let peak = 0;
  async function worker() {
    while (next < count) {
      const i = next++;
      const response = await fetch(origin + paths(i));
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (i % 500 === 0) {
        const mb = residentMb(pid);
        peak = Math.max(peak, mb);
        log(`${label}: ${i} requests, RSS ${mb.toFixed(0)} MiB`);
      }
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  peak = Math.max(peak, residentMb(pid));
  log(`${label}: statuses ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}, peak RSS ${peak.toFixed(0)} MiB`);
  return peak;
}

const server = await startEmbeddedPostgres({
  dataDir: path.join(tmpdir(), `sww-bench-memory-${process.pid}`),
  port: pgPort,
  persistent: false,
});
let child: ReturnType<typeof spawn> | undefined;
try {
  await server.createDatabase("memory");
  const url = server.url("memory");
  await applyMigrations(url);
  const db = createPrismaClient(url);
  await loadSeedData(db, await readSeedData());
  await db.$disconnect();
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", PAGE_CACHE_MB: String(cacheMb) };
  child = spawn(process.execPath, toNextNodeArgs(["start", "-p", String(port), "-H", nextHostname], env), {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  log(`server heap limit ${toHeapLimitMb(env)} MiB (PAGE_CACHE_MB + 256)`);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/de/leer`)).ok) break;
    } catch {
      if (i > 120) throw new Error("the server did not start");
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const pid = child.pid!;
  const words = ["Beratung", "Treff", "Begegnung", "Demenz", "Pflege", "Nachbarschaft", "Senioren", "Besuch", "Hilfe", "Wohnen"];
  // Warm-up: every kind of page once, so that the baseline includes compiled code.
  await run((i) => `/de/angebote?q=${words[i % words.length]}`, 200, pid, "warm-up");
  await run((i) => `/de/staedte/${["duesseldorf", "essen", "koeln", "muenchen"][i % 4]}`, 40, pid, "warm-up");
  global.gc?.();
  const baseline = residentMb(pid);
  log(`baseline after warm-up: ${baseline.toFixed(0)} MiB; PAGE_CACHE_MB=${cacheMb}, stated overhead ${statedOverheadMb} MiB`);

  const peaks = [
    await run((i) => `/de/angebote?q=${words[i % words.length]}%20${i}`, requests, pid, "unique searches"),
    await run((i) => `/de/angebote?q=Beratung&nonce=${i}&utm_source=${i * 7}`, requests, pid, "unknown parameters"),
    await run((i) => `/de/angebote/erfunden-${i}`, requests, pid, "invented offer slugs"),
  ];
  const limit = baseline + cacheMb + statedOverheadMb;
  const peak = Math.max(...peaks);
  console.log(
    `\nPage cache memory: baseline ${baseline.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, growth ${(peak - baseline).toFixed(0)} MiB ` +
      `for PAGE_CACHE_MB=${cacheMb} (limit baseline + ${cacheMb} + ${statedOverheadMb} = ${limit.toFixed(0)} MiB): ${peak <= limit ? "PASS" : "FAIL"}`,
  );
  process.exitCode = peak <= limit ? 0 : 1;
} finally {
  child?.kill("SIGTERM");
  await server.stop();
}
