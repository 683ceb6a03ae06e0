import { describe, expect, it } from "vitest";
import { diffOfferValues } from "./diff";

const base = {
  name: "Alt",
  summary: "Kurz",
  description: "Lang",
  street: null,
  postcode: null,
  locality: null,
  phone: null,
  email: null,
  website: null,
  contacts: [{ id: "c1", name: "Frau A", role: null, department: null, phone: "0211 1", email: null }],
};

describe("diffOfferValues", () => {
  it("marks exactly the changed fields", () => {
    const rows = diffOfferValues(base, { ...base, name: "Neu", street: "Weg 1" });
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(["name", "street"]);
    expect(rows.find((r) => r.field === "street")).toEqual({ field: "street", before: "", after: "Weg 1", changed: true });
  });

  it("shows contacts as readable lines and ignores their ids", () => {
    const rows = diffOfferValues(base, {
      ...base,
      contacts: [
        { ...base.contacts[0]!, id: null },
        { id: null, name: "Herr B", role: "Leitung", department: null, phone: null, email: null },
      ],
    });
    const contacts = rows.find((r) => r.field === "contacts")!;
    expect(contacts.before).toBe("Frau A · 0211 1");
    expect(contacts.after).toBe("Frau A · 0211 1\nHerr B · Leitung");
    expect(contacts.changed).toBe(true);
    expect(
      diffOfferValues(base, { ...base, contacts: [{ ...base.contacts[0]!, id: null }] }).find((r) => r.field === "contacts")!.changed,
    ).toBe(false);
  });

  it("lists a field only one side has", () => {
    const rows = diffOfferValues({ ...base, website: "https://a.example" }, { name: "Alt" });
    expect(rows.find((r) => r.field === "website")).toMatchObject({ before: "https://a.example", after: "", changed: true });
  });
});

describe("diffOfferValues: lists and flags", () => {
  it("shows opening hours one per line and booleans as text", () => {
    const rows = diffOfferValues(
      { hours: [{ weekday: 1, opens: "09:00", closes: "12:00", note: null }], servesWholeCity: false },
      {
        hours: [
          { weekday: 1, opens: "09:00", closes: "12:00", note: null },
          { weekday: 3, opens: "14:00", closes: "16:00", note: "nur mit Termin" },
        ],
        servesWholeCity: true,
      },
    );
    expect(rows.find((r) => r.field === "hours")!.after).toBe("1 · 09:00 · 12:00\n3 · 14:00 · 16:00 · nur mit Termin");
    expect(rows.find((r) => r.field === "servesWholeCity")).toMatchObject({ before: "false", after: "true", changed: true });
  });
});
