import { describe, expect, it } from "vitest";
import { generateToken, hashToken, isWellFormedToken } from "./tokens";

describe("tokens", () => {
  it("are 32 random bytes, base64url, never repeated", () => {
    const seen = new Set(Array.from({ length: 1000 }, generateToken));
    expect(seen.size).toBe(1000);
    for (const token of seen) {
      expect(isWellFormedToken(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
  });

  it("are stored as their SHA-256 in hex, never as themselves", () => {
    const token = generateToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
    expect(hashToken(generateToken())).not.toBe(hash);
    // Known vector: SHA-256("abc").
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it.each([undefined, null, 42, "", "short", "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`])(
    "refuses the malformed value %j",
    (value) => {
      expect(isWellFormedToken(value)).toBe(false);
    },
  );
});
