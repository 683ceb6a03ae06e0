import { createHash } from "node:crypto";

// RFC 4122 name-based UUID (v5). Seeded records get the same id on every machine
// and every re-seed, so links and the open-data API's ids stay stable.
const NAMESPACE = "6f1c8f5e-3b7a-4c1e-9d2a-5e0b7c4a9f10";

export function stableId(kind: string, key: string): string {
  const namespace = Buffer.from(NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(namespace).update(`${kind}:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
