import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { loadSeedData, isDatabaseEmpty } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { loadSeedTranslations } from "@/lib/seed/load-translations";
import { readSeedTranslations } from "@/lib/seed/read-translations";
import { openDatabase } from "./database";
import { describeError } from "./errors";

// Loads the reviewed seed data into an empty database; refuses a database that
// already has data, so real edits made by office staff are never overwritten.
const db = await openDatabase(console.log).catch((error: unknown) => {
  console.error(`db:seed: ${describeError(error)}`);
  process.exit(1);
});
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  const seed = await readSeedData();
  if (!(await isDatabaseEmpty(prisma))) {
    console.log("seed: the database already holds data; nothing loaded.");
  } else {
    const result = await loadSeedData(prisma, seed);
    console.log(`seed: loaded ${JSON.stringify(result)}`);
  }
  const translations = await loadSeedTranslations(prisma, await readSeedTranslations(), seed);
  console.log(`seed: ${translations} missing translations added`);
} catch (error) {
  console.error(`db:seed: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await db.close();
}
