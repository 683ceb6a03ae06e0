import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readOfferForm } from "./form-data";
import { inviteUserSchema, maxContacts, offerEditSchema, setPasswordSchema, signInSchema, toFieldErrors } from "./schema";
import { errorCodes } from "./text-rules";

const offerId = "5b0a7f1e-2c1d-4e8a-9a7b-1c2d3e4f5a6b";
const contactId = "7d9e1f20-3b4c-4d5e-8f60-718293a4b5c6";
const validOffer = {
  locale: "de",
  offerId,
  version: "3",
  name: "  Zentrum plus Bilk  ",
  summary: "Offener Treff\r\nmit Beratung",
  description: "Lang.",
  street: "Bilker Allee 1",
  postcode: "40219",
  locality: "Düsseldorf",
  phone: "0211 89-12345",
  email: "zentrum@example.org",
  website: "https://www.example.org/zentrum",
  contacts: [
    { id: contactId, remove: "", name: "Erika Muster", role: "Leitung", department: "", phone: "+49 211 1234", email: "" },
    { id: "", remove: "", name: "", role: "", department: "", phone: "", email: "" },
  ],
};

function errorsOf(result: ReturnType<typeof offerEditSchema.safeParse>) {
  return result.success ? {} : toFieldErrors(result.error);
}

describe("offerEditSchema", () => {
  it("accepts a valid form, trims, unifies line breaks and drops the blank new-contact row", () => {
    const result = offerEditSchema.parse(validOffer);
    expect(result).toMatchObject({ version: 3, name: "Zentrum plus Bilk", summary: "Offener Treff\nmit Beratung" });
    expect(result.contacts).toEqual([
      { id: contactId, remove: false, name: "Erika Muster", role: "Leitung", department: null, phone: "+49 211 1234", email: null },
    ]);
  });

  it.each([
    ["name", "", "required"],
    ["name", "x".repeat(201), "tooLong"],
    ["name", "Treff\u0000", "invalidText"],
    ["summary", "a\u0007b", "invalidText"],
    ["postcode", "4021", "invalidPostcode"],
    ["phone", "ruf an", "invalidPhone"],
    ["email", "kein-at.example.org", "invalidEmail"],
    ["website", "javascript:alert(1)", "invalidUrl"],
    ["website", "https://user:pw@example.org", "invalidUrl"],
    ["version", "0", "invalid"],
    ["version", "9999999999", "invalid"],
    ["offerId", "1 OR 1=1", "invalid"],
    ["locale", "fr", "invalid"],
  ])("refuses %s = %j with the code %s", (field, value, code) => {
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, [field]: value }))[field]).toBe(code);
  });

  it("names errors of contact rows by their path", () => {
    const contacts = [{ ...validOffer.contacts[0]!, email: "nope" }];
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, contacts }))).toEqual({ "contacts.0.email": "invalidEmail" });
    const emptied = [{ ...validOffer.contacts[0]!, name: "", role: "", phone: "" }];
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, contacts: emptied }))).toEqual({ "contacts.0.name": "contactEmpty" });
    const twice = [validOffer.contacts[0]!, validOffer.contacts[0]!];
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, contacts: twice }))).toEqual({ "contacts.1.id": "invalid" });
  });

  it("refuses unknown fields (a tampered form)", () => {
    expect(offerEditSchema.safeParse({ ...validOffer, status: "PUBLISHED" }).success).toBe(false);
  });
});

describe("readOfferForm", () => {
  it("reads the posted rows in order and ignores field names it does not know", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries(validOffer)) if (typeof value === "string") form.set(key, value);
    form.append("contact", "0");
    form.append("contact", "99999999999");
    form.set("contacts.0.id", contactId);
    form.set("contacts.0.name", "Erika");
    form.set("__proto__", "x");
    form.set("status", "ARCHIVED");
    const read = readOfferForm(form);
    expect(read.contacts).toEqual([{ id: contactId, name: "Erika", role: "", department: "", phone: "", email: "", remove: "" }]);
    expect(Object.keys(read)).not.toContain("status");
    expect(offerEditSchema.safeParse(read).success).toBe(true);
  });
});

describe("sign-in, set-password and invite schemas", () => {
  it("lowercases the e-mail address and keeps the password exactly as typed", () => {
    expect(signInSchema.parse({ locale: "en", email: " Anna@Stadt.DE ", password: " secret " })).toEqual({
      locale: "en",
      email: "anna@stadt.de",
      password: " secret ",
    });
  });

  it("asks for 12 characters and a matching repetition", () => {
    const token = "a".repeat(43);
    const short = setPasswordSchema.safeParse({ locale: "de", token, password: "kurz", confirm: "kurz" });
    expect(short.success ? {} : toFieldErrors(short.error)).toEqual({ password: "passwordTooShort" });
    const mismatch = setPasswordSchema.safeParse({ locale: "de", token, password: "lang genug 123", confirm: "lang genug 124" });
    expect(mismatch.success ? {} : toFieldErrors(mismatch.error)).toEqual({ confirm: "passwordMismatch" });
  });

  it("requires a scope for editors and drops scopes that do not fit the role", () => {
    const base = { locale: "de", email: "a@b.de", name: "", cityIds: [offerId], providerIds: [contactId] };
    const missing = inviteUserSchema.safeParse({ ...base, role: "CITY_EDITOR", cityIds: [] });
    expect(missing.success ? {} : toFieldErrors(missing.error)).toEqual({ cityIds: "scopeRequired" });
    expect(inviteUserSchema.parse({ ...base, role: "CITY_EDITOR" })).toMatchObject({ cityIds: [offerId], providerIds: [] });
    expect(inviteUserSchema.parse({ ...base, role: "ADMIN" })).toMatchObject({ cityIds: [], providerIds: [] });
    expect(inviteUserSchema.safeParse({ ...base, role: "SUPERUSER" }).success).toBe(false);
  });
});

// Fuzzing: whatever arrives, the schemas answer with a result (never an exception),
// every refusal carries only known error codes, and what they accept fits the
// database's own constraints.
const junkString = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "40219", "a@b.de", "https://x.de", "0211 123", "1", offerId, "on"),
);
const junkValue = fc.oneof(junkString, fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(junkString, { maxLength: 3 }));
const contactRow = fc.record({ id: fc.oneof(fc.constant(""), fc.constant(contactId), fc.uuid(), junkString), remove: fc.constantFrom("", "on", "yes"), name: junkString, role: junkString, department: junkString, phone: junkString, email: junkString });
const offerInput = fc.record({
  locale: fc.constantFrom("de", "en", "xx"),
  offerId: fc.oneof(fc.constant(offerId), fc.uuid(), junkString),
  version: fc.oneof(fc.nat().map(String), junkString),
  name: junkString,
  summary: junkString,
  description: junkString,
  street: junkString,
  postcode: junkString,
  locality: junkString,
  phone: junkString,
  email: junkString,
  website: junkString,
  contacts: fc.array(contactRow, { maxLength: 4 }),
});

// A valid form with one or two fields replaced by junk: close to the boundary, so
// that both acceptance and refusal are exercised.
const nearlyValidOffer = fc
  .tuple(
    fc.constantFrom(...Object.keys(validOffer).filter((k) => k !== "contacts")),
    junkString,
    fc.constantFrom(...Object.keys(validOffer.contacts[0]!)),
    junkString,
    fc.boolean(),
  )
  .map(([field, value, contactField, contactValue, junkContact]) => ({
    ...validOffer,
    [field]: value,
    contacts: junkContact ? [{ ...validOffer.contacts[0]!, [contactField]: contactValue }] : validOffer.contacts,
  }));

const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function expectStorable(value: unknown) {
  if (typeof value === "string") {
    expect(value.isWellFormed()).toBe(true);
    expect(controlCharacters.test(value)).toBe(false);
    expect(value).toBe(value.trim());
  }
}

describe("fuzzing the admin form schemas", () => {
  it("offerEditSchema never throws, refuses with codes only and accepts only storable data", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(offerInput, nearlyValidOffer, fc.dictionary(fc.string({ maxLength: 12 }), junkValue)), (input) => {
        const result = offerEditSchema.safeParse(input);
        if (result.success) accepted += 1;
        if (!result.success) {
          for (const code of Object.values(toFieldErrors(result.error))) expect(errorCodes).toContain(code);
          return;
        }
        const data = result.data;
        expect(data.name.length).toBeGreaterThan(0);
        expect(data.name.length).toBeLessThanOrEqual(200);
        expect(data.version).toBeGreaterThan(0);
        expect(data.version).toBeLessThan(2 ** 31);
        if (data.postcode !== null) expect(data.postcode).toMatch(/^[0-9]{5}$/);
        if (data.website !== null) expect(new URL(data.website).protocol).toMatch(/^https?:$/);
        if (data.email !== null) expect(data.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
        expect(data.contacts.length).toBeLessThanOrEqual(maxContacts + 1);
        for (const value of [data.name, data.street, data.locality, data.phone, data.email, data.website]) {
          expectStorable(value);
          if (typeof value === "string") expect(/[\n\t]/.test(value)).toBe(false);
        }
        for (const contact of data.contacts) for (const value of Object.values(contact)) expectStorable(value);
      }),
      { numRuns: 5000 },
    );
    // The property above must have seen accepted forms too, or it proved nothing about them.
    expect(accepted).toBeGreaterThan(200);
  });

  it("accepts every well-formed offer form it is given", () => {
    const safeText = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 .,-]{0,50}$/);
    fc.assert(
      fc.property(safeText, safeText, fc.integer({ min: 1, max: 999_999_999 }), fc.stringMatching(/^[0-9]{5}$/), (name, summary, version, postcode) => {
        const result = offerEditSchema.safeParse({ ...validOffer, name, summary, version: String(version), postcode });
        expect(result.success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("sign-in, set-password and invite schemas never throw", () => {
    const anyRecord = fc.dictionary(fc.constantFrom("locale", "email", "password", "confirm", "token", "name", "role", "cityIds", "providerIds", "x"), junkValue);
    fc.assert(
      fc.property(anyRecord, (input) => {
        for (const schema of [signInSchema, setPasswordSchema, inviteUserSchema]) {
          const result = schema.safeParse(input);
          if (!result.success) for (const code of Object.values(toFieldErrors(result.error))) expect(errorCodes).toContain(code);
        }
        const signIn = signInSchema.safeParse(input);
        if (signIn.success) expect(signIn.data.email).toBe(signIn.data.email.toLowerCase());
      }),
      { numRuns: 5000 },
    );
  });
});
