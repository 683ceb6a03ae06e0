import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { computeSourceStamp, isBuildCurrent, stampFile } from "./build-state";

// `npm test`: every check the project has, in the order that fails fastest.
// Prints one closing line "N passed, N failed" summed over vitest and Playwright.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// Playwright empties test-results/ when it starts, so summaries live elsewhere.
rmSync(".test-reports", { recursive: true, force: true });
mkdirSync(".test-reports", { recursive: true });

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
    child.on("exit", (code) => {
      console.log(`=== ${label} finished in ${((Date.now() - started) / 1000).toFixed(1)} s (exit ${code})`);
      resolve(code ?? 1);
    });
  });
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const failures: string[] = [];
const step = async (label: string, command: string, args: string[], extraEnv?: Record<string, string>) => {
  if ((await run(label, command, args, extraEnv)) !== 0) failures.push(label);
};

// Not incremental: a stale tsconfig.tsbuildinfo once hid and once invented errors.
await step("typecheck", "npx", ["tsc", "--noEmit", "--incremental", "false"]);
await step("lint", "npx", ["eslint", "."]);
await step("format", "npx", ["prettier", "--check", "."]);
// Prints the coverage of the seed translations per locale; fails below 100 % or on an added fact.
await step("translation coverage", "npx", ["tsx", "lib/cli/check-translations.ts", "--strict"]);
await step("unit + integration tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile.json=.test-reports/vitest.json",
]);

const stamp = computeSourceStamp();
if (!isBuildCurrent(stamp)) {
  const code = await run("production build", "npx", ["next", "build"]);
  if (code === 0) writeFileSync(stampFile, stamp);
  else failures.push("production build");
}
if (!failures.includes("production build")) {
  await step("end-to-end tests", "npx", ["playwright", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: ".test-reports/playwright.json",
  });
}

const vitest = readJson(".test-reports/vitest.json") as { numPassedTests: number; numFailedTests: number } | null;
const playwright = readJson(".test-reports/playwright.json") as { stats: { expected: number; unexpected: number; flaky: number } } | null;
const passed = (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);

// A step can exit 0 with failed tests in its report (vitest with two reporters did): the counts decide too.
console.log(
  failures.length ? `\nFailed steps: ${failures.join(", ")}` : failed > 0 ? "\nSome tests failed (see above)." : "\nAll steps passed.",
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length || failed ? 1 : 0);
