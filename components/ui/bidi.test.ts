import { describe, expect, it } from "vitest";
import { isolateLtr } from "@/components/ui/bidi";

describe("isolateLtr", () => {
  it("wraps text in a left-to-right isolate", () => {
    expect(isolateLtr("002_f0e1c27eb8866a06.txt")).toBe("\u2066002_f0e1c27eb8866a06.txt\u2069");
  });
});
