import { createPrismaClient } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrations";
import { loadSeedData, isDatabaseEmpty } from "@/lib/seed/load";
import { readSeedData } from "@/lib/seed/read-files";
import { loadSeedTranslations, readSeedTranslations } from "@/lib/seed/load-translations";
import { openDatabase } from "./database";

// Loads the reviewed seed data into an empty database; refuses a database that
// already has data, so real edits made by office staff are never overwritten.
const db = await openDatabase(console.log);
const prisma = createPrismaClient(db.url);
try {
  await applyMigrations(db.url);
  if (!(await isDatabaseEmpty(prisma))) {
    console.log("seed: the database already holds data; nothing loaded.");
  } else {
    const result = await loadSeedData(prisma, await readSeedData());
    console.log(`seed: loaded ${JSON.stringify(result)}`);
  }
  const translations = await loadSeedTranslations(prisma, await readSeedTranslations());
  console.log(`seed: ${translations} missing translations added`);
} finally {
  await prisma.$disconnect();
  await db.embedded?.stop();
}
