import { spawn } from "node:child_process";
import { toNextNodeArgs } from "./next-process";

// `npm run serve`: `next start` on an existing build and DATABASE_URL, with the HTTP edge
// and the heap limit that `npm start` uses (lib/cli/next-process.ts). Arguments pass through.
const child = spawn(process.execPath, toNextNodeArgs(["start", ...process.argv.slice(2)]), { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
