import { describe, expect, it } from "vitest";
import { z } from "zod";
import { csvTextSchemas, exportColumnsOf, importColumnsOf } from "../csv/schema";
import { readTextInputs } from "../form-data";
import { textFieldSchemas, toFieldErrors } from "../schema";
import { completeTextSnapshot, offerTextFields, pickTextValues, readTextSnapshot, textSelect } from "./fields";
import type { TextFieldRegistry, TextValues } from "./fields";

// A registry with one text field more than the real one: everything derived from
// the registry must pick it up without any other edit.
const fixture = [
  ...offerTextFields,
  { name: "parkingNote", kind: "multiline", max: 300, required: false, label: "AdminEdit.parkingNote", csv: "parking_note" },
] as const satisfies TextFieldRegistry;

function formOf(entries: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.append(key, value);
  return form;
}

const filled = { name: "Treff", summary: "Kurz", description: "Lang" };

describe("a text field added to the registry", () => {
  it("is read from the posted form", () => {
    const read = readTextInputs(fixture, formOf({ ...filled, parkingNote: "Hof" }));
    expect(read).toMatchObject({ name: "Treff", parkingNote: "Hof", costNote: "" });
  });

  it("is checked by the derived form schema with the shared text rules", () => {
    const schema = z.strictObject(textFieldSchemas(fixture));
    const blank = Object.fromEntries(fixture.map((spec) => [spec.name, ""]));
    const parsed = schema.parse({ ...blank, ...filled, parkingNote: "  Hof\r\nhinten  " });
    expect(parsed.parkingNote).toBe("Hof\nhinten");
    expect(schema.parse({ ...blank, ...filled }).parkingNote).toBeNull();
    const tooLong = schema.safeParse({ ...blank, ...filled, parkingNote: "x".repeat(301) });
    expect(tooLong.success ? {} : toFieldErrors(tooLong.error)).toEqual({ parkingNote: "tooLong" });
    const control = schema.safeParse({ ...blank, ...filled, parkingNote: "a\u0007b" });
    expect(control.success ? {} : toFieldErrors(control.error)).toEqual({ parkingNote: "invalidText" });
  });

  it("gets its CSV column after the existing text columns, for import and export", () => {
    expect(importColumnsOf(fixture).slice(-2)).toEqual(["website", "parking_note"]);
    expect(exportColumnsOf(fixture).slice(-3)).toEqual(["website", "parking_note", "last_verified"]);
    const row = z.object(csvTextSchemas(fixture)).parse({ name: "Treff", parking_note: " Hof " });
    expect(row).toEqual({ name: "Treff", parking_note: "Hof" });
  });

  it("is read from a snapshot, and an old snapshot without it reads as empty", () => {
    expect(readTextSnapshot(fixture, { name: "Alt", parkingNote: "Hof" })).toEqual({ name: "Alt", parkingNote: "Hof" });
    const old = completeTextSnapshot(fixture, { ...filled, street: "Weg 1" });
    expect(old).toMatchObject({ name: "Treff", street: "Weg 1", costNote: null, parkingNote: null });
    // A value of the wrong type is not taken over.
    expect(readTextSnapshot(fixture, { parkingNote: 5, name: null })).toEqual({});
  });

  it("is part of the write's data and the select", () => {
    const values = { ...completeTextSnapshot(fixture, filled), parkingNote: "Hof" } satisfies TextValues<typeof fixture>;
    expect(pickTextValues(fixture, { ...values, unrelated: 1 } as typeof values)).toEqual(values);
    expect(textSelect(fixture)).toMatchObject({ name: true, costNote: true, parkingNote: true });
  });
});

describe("the real registry", () => {
  it("yields today's CSV columns", () => {
    expect(importColumnsOf(offerTextFields)).toEqual([
      "id",
      "version",
      "city",
      "provider",
      "type",
      "status",
      "whole_city",
      "name",
      "summary",
      "description",
      "street",
      "postcode",
      "locality",
      "phone",
      "email",
      "website",
    ]);
    expect(exportColumnsOf(offerTextFields)).toEqual([
      "id",
      "version",
      "slug",
      "status",
      "city",
      "provider",
      "type",
      "whole_city",
      "name",
      "summary",
      "description",
      "street",
      "postcode",
      "locality",
      "phone",
      "email",
      "website",
      "last_verified",
    ]);
  });
});
