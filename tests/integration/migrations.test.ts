import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, migrationsDir, readMigrations } from "@/lib/database/migrations";

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// Everything a migration can create, in a stable order, to compare before/after.
const schemaSnapshotSql = `
  SELECT table_name || '.' || column_name || ':' || udt_name || ':' || is_nullable || ':' || coalesce(column_default, '') AS line
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT 'ext ' || extname FROM pg_extension
  ORDER BY 1`;

const adminUrl = inject("adminUrl");
const scratch = `mig_${Date.now()}`;
const scratchUrl = adminUrl.replace(/\/postgres$/, `/${scratch}`);

beforeAll(async () => {
  await query(adminUrl, `CREATE DATABASE ${scratch}`);
});
afterAll(async () => {
  await query(adminUrl, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
});

describe("migration runner", () => {
  it("applies every file once, records it with its checksum, and a second run changes nothing", async () => {
    const files = await readMigrations();
    const first = await applyMigrations(scratchUrl);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const before = await query<{ line: string }>(scratchUrl, schemaSnapshotSql);

    const second = await applyMigrations(scratchUrl);
    expect(second.applied).toEqual([]);
    expect(second.skipped).toEqual(files.map((f) => f.name));
    expect(await query<{ line: string }>(scratchUrl, schemaSnapshotSql)).toEqual(before);

    const recorded = await query<{ name: string; checksum: string }>(
      scratchUrl,
      "SELECT name, checksum FROM schema_migrations ORDER BY name",
    );
    expect(recorded).toEqual(files.map((f) => ({ name: f.name, checksum: f.checksum })));
  });

  it("installs the search features: pg_trgm, unaccent and a German full-text index", async () => {
    const extensions = await query<{ extname: string }>(scratchUrl, "SELECT extname FROM pg_extension");
    expect(extensions.map((e) => e.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
    const [folded] = await query<{ v: string }>(scratchUrl, "SELECT f_unaccent('Begegnungsstätte Straße') AS v");
    expect(folded?.v).toBe("Begegnungsstatte Strasse");
    const indexes = await query<{ indexdef: string }>(scratchUrl, "SELECT indexdef FROM pg_indexes WHERE tablename = 'offer'");
    expect(indexes.some((i) => i.indexdef.includes("to_tsvector('german'"))).toBe(true);
    expect(indexes.some((i) => i.indexdef.includes("gin_trgm_ops"))).toBe(true);
  });

  it("refuses to run when an applied migration file was changed afterwards", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(migrationsDir, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first!.name), `${first!.sql}\n-- edited after the fact\n`);
    await expect(applyMigrations(scratchUrl, dir)).rejects.toThrow(/checksum mismatch/);
  });

  it("rolls back a failing migration completely and records nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(migrationsDir, dir, { recursive: true });
    await writeFile(path.join(dir, "9999_broken.sql"), "CREATE TABLE half_done (id int);\nSELECT no_such_function();\n");
    await expect(applyMigrations(scratchUrl, dir)).rejects.toThrow(/9999_broken\.sql failed/);
    const tables = await query(scratchUrl, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toHaveLength(0);
    const recorded = await query(scratchUrl, "SELECT 1 FROM schema_migrations WHERE name = '9999_broken.sql'");
    expect(recorded).toHaveLength(0);
  });
});
