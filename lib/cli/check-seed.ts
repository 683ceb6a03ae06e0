import { readSeedData } from "@/lib/seed/read-files";

// Validates prisma/seed-data without a database: `npx tsx lib/cli/check-seed.ts`.
const data = await readSeedData();
const offers = data.cities.reduce((sum, c) => sum + c.offers.length, 0);
console.log(`seed data ok: ${data.cities.length} cities, ${offers} offers`);
