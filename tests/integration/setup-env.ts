import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL, exactly as the app does in production.
process.env.DATABASE_URL = inject("databaseUrl");
