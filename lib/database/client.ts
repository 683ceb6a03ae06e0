import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Shared by the app (lib/db.ts), the seed command and the tests. Kept free of
// "server-only" so command-line tools can use it too.
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // Secrets never leave the database by accident: a query that needs a hash selects it.
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true }, session: { tokenHash: true }, passwordToken: { tokenHash: true } },
  });
}

export type DatabaseClient = ReturnType<typeof createPrismaClient>;
