// The e2e server's database; fixtures connect here to seed each test's own data.
export const e2eDatabasePort = Number(process.env.E2E_PG_PORT ?? 54331);
export const e2eDatabaseUrl = `postgresql://postgres:postgres@127.0.0.1:${e2eDatabasePort}/e2e`;

// Lets fixtures expire the public data cache after seeding (see app/api/revalidate).
export const e2eRevalidateToken = process.env.E2E_REVALIDATE_TOKEN ?? "e2e-only-revalidate-token";
