import { describe, expect, it } from "vitest";
import { toHeapLimitMb, toNextNodeArgs } from "./next-process";

describe("the Next server's process", () => {
  it("loads the HTTP edge first", () => {
    const args = toNextNodeArgs(["build"], {});
    expect(args[0]).toBe("--import");
    expect(args[1]).toMatch(/lib\/server\/http-edge\.mjs$/);
    expect(args.slice(-1)).toEqual(["build"]);
  });

  it("gives a server a heap limit of the page cache plus room for the rest", () => {
    expect(toHeapLimitMb({})).toBe(768);
    expect(toNextNodeArgs(["start", "-p", "3000"], { PAGE_CACHE_MB: "64" })[0]).toBe("--max-old-space-size=320");
    expect(toNextNodeArgs(["start"], { NODE_OPTIONS: "--max-old-space-size=4096" })[0]).toBe("--import");
  });
});
