import { applyMigrations } from "@/lib/database/migrations";
import { openDatabase } from "./database";
import { describeError } from "./errors";

const db = await openDatabase(console.log).catch((error: unknown) => {
  console.error(`db:migrate: ${describeError(error)}`);
  process.exit(1);
});
try {
  const { applied, skipped } = await applyMigrations(db.url);
  console.log(`migrations: ${applied.length} applied${applied.length ? ` (${applied.join(", ")})` : ""}, ${skipped.length} already there`);
} catch (error) {
  console.error(`db:migrate: ${describeError(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
