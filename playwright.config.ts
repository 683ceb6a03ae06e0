import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// e2e runs against the production build (`next start`) on its own throwaway
// PostgreSQL; tests/e2e/server.ts starts both and seeds the real seed data.
const port = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // The slowest flows take about 15 s on a quiet 2-core machine: a limit four times that
  // keeps a busy or cold machine from failing them. Longer tests set their own (fuzz).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        locale: "de-DE",
        launchOptions: {
          executablePath,
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `http://127.0.0.1:${port}/de`,
    timeout: 180_000,
    reuseExistingServer: false,
    // SIGTERM first, so tests/e2e/server.ts can stop Next and PostgreSQL cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
    // SITE_URL: canonical links, share links and the sitemap name the test server itself.
    env: { E2E_PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", SITE_URL: `http://127.0.0.1:${port}` },
  },
});
