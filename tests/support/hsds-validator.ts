import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";

// Validates API responses against the official HSDS 3.0 schemas vendored in
// tests/hsds-schemas (see its README) and against our own OpenAPI document.

const schemaDir = fileURLToPath(new URL("../hsds-schemas", import.meta.url));

export type HsdsSchemaName =
  | "service"
  | "organization"
  | "service_at_location"
  | "taxonomy"
  | "taxonomy_term"
  | "location"
  | "compiled/service_list"
  | "compiled/organization_list"
  | "compiled/service_at_location_list";

function createOfficialValidator() {
  // strict: false because the HSDS files carry Frictionless Data keywords (name, constraints, core, example).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, file), "utf8")), file);
  }
  for (const file of readdirSync(path.join(schemaDir, "compiled"))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, "compiled", file), "utf8")), `compiled/${file}`);
  }
  const page = JSON.parse(readFileSync(path.join(schemaDir, "openapi.json"), "utf8")).components.schemas.Page;
  ajv.addSchema({ ...page, required: Object.keys(page.properties) }, "page");
  return ajv;
}

const official = createOfficialValidator();

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
}

// Returns the validation errors as one string ("" when valid), so a failing test shows them.
export function hsdsErrors(name: HsdsSchemaName, data: unknown): string {
  const validate = official.getSchema(`${name}.json`);
  if (!validate) throw new Error(`No vendored HSDS schema ${name}.json`);
  // Validate what a client receives: the JSON text, not the in-memory objects.
  return validate(JSON.parse(JSON.stringify(data))) ? "" : describeErrors(validate);
}

export function hsdsPageErrors(name: HsdsSchemaName, data: unknown): string {
  const pageValidate = official.getSchema("page")!;
  const parsed = JSON.parse(JSON.stringify(data)) as { contents?: unknown };
  if (!pageValidate(parsed)) return describeErrors(pageValidate);
  if (!Array.isArray(parsed.contents)) return "/contents is not an array";
  return parsed.contents
    .map((item, index) => {
      const errors = hsdsErrors(name, item);
      return errors ? `contents[${index}]: ${errors}` : "";
    })
    .filter(Boolean)
    .join("\n");
}

// Checks a response against a component schema of our generated OpenAPI document
// (additionalProperties: false there, so the document has to describe the response exactly).
export function createOpenApiValidator(document: unknown) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...(document as object), $id: "https://openapi.test/doc" });
  return function openApiErrors(component: string, data: unknown): string {
    const validate = ajv.getSchema(`https://openapi.test/doc#/components/schemas/${component}`);
    if (!validate) throw new Error(`No component ${component}`);
    return validate(JSON.parse(JSON.stringify(data))) ? "" : describeErrors(validate);
  };
}
