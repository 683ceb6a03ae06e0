import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "lib", "messages", "public", "next.config.ts", "package-lock.json", "proxy.ts", "postcss.config.mjs"];
const skip = new Set(["node_modules", ".next", ".data", "generated", "cli"]);
const stampFile = path.join(".next", "source-stamp");

function collect(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry).sort()) if (!skip.has(name)) collect(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

// A fingerprint of everything the production build depends on; `npm start`
// rebuilds only when it changed since the last build.
export function computeSourceStamp(): string {
  const lines: string[] = [];
  for (const input of inputs) collect(input, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function isBuildCurrent(stamp: string): boolean {
  return existsSync(path.join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
}

export { stampFile };
