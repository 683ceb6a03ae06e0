import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";

// prisma/schema.prisma and prisma/migrations/*.sql describe the same database by
// hand (Prisma's migrate engine cannot run here); this test keeps them honest.
type Column = { table: string; column: string; type: string; nullable: boolean; array: boolean };

const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "int4",
  Boolean: "bool",
  DateTime: "timestamptz",
  Decimal: "numeric",
  Json: "jsonb",
  tsvector: "tsvector",
};
const nativeTypes: Record<string, string> = { Uuid: "uuid", Date: "date", Timestamptz: "timestamptz", Decimal: "numeric" };

function snake(name: string) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

function parsePrismaSchema(source: string) {
  const enums = new Map<string, { dbName: string; values: string[] }>();
  for (const match of source.matchAll(/^enum (\w+) \{([\s\S]*?)^\}/gm)) {
    const body = match[2]!;
    const values = body
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => /^[A-Z_]+$/.test(l));
    enums.set(match[1]!, { dbName: /@@map\("(\w+)"\)/.exec(body)?.[1] ?? match[1]!, values });
  }
  const models = [...source.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1]!, body: m[2]! }));
  const modelNames = new Set(models.map((m) => m.name));
  const columns: Column[] = [];
  for (const model of models) {
    const table = /@@map\("(\w+)"\)/.exec(model.body)?.[1] ?? snake(model.name);
    for (const line of model.body.split("\n")) {
      // Unsupported("tsvector")? is written as the type tsvector.
      const field = /^\s+(\w+)\s+(?:Unsupported\("(\w+)"\)|(\w+))(\[\]|\?)?(.*)$/.exec(line);
      if (!field || line.trim().startsWith("@@") || line.trim().startsWith("//")) continue;
      const [, name, unsupported, scalar, modifier, attributes] = field as unknown as [
        string,
        string,
        string | undefined,
        string | undefined,
        string | undefined,
        string,
      ];
      const type = unsupported ?? scalar!;
      if (modelNames.has(type)) continue;
      const native = /@db\.(\w+)/.exec(attributes)?.[1];
      const dbType = enums.get(type)?.dbName ?? (native ? nativeTypes[native] : undefined) ?? scalarTypes[type];
      if (!dbType) throw new Error(`Unmapped Prisma type ${type} on ${model.name}.${name}`);
      columns.push({
        table,
        column: /@map\("(\w+)"\)/.exec(attributes)?.[1] ?? name,
        type: dbType,
        nullable: modifier === "?",
        array: modifier === "[]",
      });
    }
  }
  return { enums, columns };
}

async function readDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
    );
    const enums = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    return {
      columns: columns.rows.map<Column>((r) => ({
        table: r.table_name,
        column: r.column_name,
        type: r.udt_name.replace(/^_/, ""),
        nullable: r.is_nullable === "YES",
        array: r.udt_name.startsWith("_"),
      })),
      enums: new Map(enums.rows.map((r) => [r.typname, r.labels])),
    };
  } finally {
    await client.end();
  }
}

const key = (c: Column) => `${c.table}.${c.column}`;
const sortByKey = (list: Column[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

describe("schema.prisma matches the migrated database", () => {
  it("has the same tables, columns, types, nullability and enum values", async () => {
    const schema = parsePrismaSchema(await readFile(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8"));
    const database = await readDatabase(inject("databaseUrl"));

    // Array columns are NOT NULL with a default in SQL; Prisma lists are never null.
    const fromSchema = sortByKey(schema.columns).map((c) => ({ ...c, nullable: c.array ? false : c.nullable }));
    expect(sortByKey(database.columns)).toEqual(fromSchema);

    for (const { dbName, values } of schema.enums.values()) {
      expect(database.enums.get(dbName), `enum ${dbName}`).toEqual(values);
    }
    expect(schema.columns.length).toBeGreaterThan(100);
  });
});
