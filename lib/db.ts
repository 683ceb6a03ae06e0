import "server-only";
import { createPrismaClient } from "@/lib/database/client";
import type { DatabaseClient } from "@/lib/database/client";
import { getDatabaseUrl } from "@/lib/env";

// One client per server process; `next dev` reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { seniorenwegweiserDb?: DatabaseClient };

export function getDb(): DatabaseClient {
  globalForDb.seniorenwegweiserDb ??= createPrismaClient(getDatabaseUrl());
  return globalForDb.seniorenwegweiserDb;
}
