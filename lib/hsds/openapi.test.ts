import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";

// Every route under app/api/hsds, in OpenAPI path notation.
function routePaths(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix || "/"] : [];
    if (entry.name.startsWith("[...")) return [];
    const segment = entry.name.replace(/^\[(\w+)\]$/, "{$1}");
    return routePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

describe("OpenAPI document", () => {
  const document = buildOpenApiDocument("https://wegweiser.example") as {
    paths: Record<string, unknown>;
    components: { schemas: Record<string, Record<string, unknown>> };
  };

  it("documents every route of the API", () => {
    const routes = routePaths(path.resolve(process.cwd(), "app/api/hsds"));
    expect(routes).toContain("/services/{id}");
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
  });

  it("generates the component schemas from the zod schemas, without per-schema $id", () => {
    expect(document.components.schemas.Service?.required).toEqual(
      expect.arrayContaining(["id", "name", "status", "contacts", "schedules"]),
    );
    expect(Object.values(document.components.schemas).some((s) => "$id" in s || "$schema" in s)).toBe(false);
  });
});
