import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "./database";

const db = await openDatabase(console.log);
try {
  const { applied, skipped } = await applyMigrations(db.url);
  console.log(`migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${skipped.length} already there`);
} finally {
  await db.embedded?.stop();
}
