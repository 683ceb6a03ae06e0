import { createHash, randomBytes } from "node:crypto";

// Session cookies and set-password links carry 32 random bytes; the database keeps
// only their SHA-256, so a leaked table or backup signs nobody in. A plain hash is
// enough here (unlike passwords): 256 random bits cannot be guessed.
const tokenBytes = 32;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return randomBytes(tokenBytes).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A cookie or link value that cannot be one of our tokens is refused before any lookup. */
export function isWellFormedToken(value: unknown): value is string {
  return typeof value === "string" && tokenPattern.test(value);
}
