import { defineConfig } from "prisma/config";

// Prisma's schema engine is a native download that this project's build machines
// cannot fetch; generate/validate run without it. Migrations are our own SQL files
// (prisma/migrations/*.sql) applied by lib/cli/migrate.ts.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
});
