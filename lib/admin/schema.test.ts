import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLiftSignInLockForm, readOfferForm } from "./form-data";
import { maxContacts, offerEditSchema, toFieldErrors } from "./schema";
import { inviteUserSchema, liftSignInLockSchema, setPasswordSchema, signInSchema } from "./auth/schema";
import { isIsoDate, isTime, isTimeRangeOrdered } from "./offer-rules";
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
  typeId: offerId,
  providerId: "",
  status: "PUBLISHED",
  servesWholeCity: "",
  districtIds: [contactId, contactId],
  latitude: "51,2254",
  longitude: "6.77",
  languages: ["de", "tr"],
  accessibilityIds: [],
  targetGroupIds: [contactId],
  handlungsfeldIds: [],
  freeOfCharge: "yes",
  costNote: "",
  sourceDocument: "Seniorenplan 2024",
  sourceSection: "",
  hours: [
    { weekday: "1", opens: "09:00", closes: "12:00", note: "" },
    { weekday: "5", opens: "22:00", closes: "02:00", note: "Nachtcafé" },
    { weekday: "6", opens: "18:00", closes: "24:00", note: "" },
    { weekday: "2", opens: "", closes: "", note: "" },
  ],
  exceptions: [
    { date: "2026-12-24", closed: "on", opens: "", closes: "", note: "Heiligabend" },
    { date: "", closed: "", opens: "", closes: "", note: "" },
  ],
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

  it("reads a stated period in ISO or German notation and refuses nonsense or an end before the start", () => {
    const parsed = offerEditSchema.parse({ ...validOffer, periodFrom: "09.2014", periodUntil: " 31.08.2017 " });
    expect([parsed.periodFrom, parsed.periodUntil]).toEqual(["2014-09", "2017-08-31"]);
    expect(offerEditSchema.parse({ ...validOffer, periodFrom: "", periodUntil: "2019" })).toMatchObject({
      periodFrom: null,
      periodUntil: "2019",
    });
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, periodUntil: "bald" }))).toEqual({ periodUntil: "invalidPeriod" });
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, periodUntil: "2019-13" }))).toEqual({ periodUntil: "invalidPeriod" });
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, periodFrom: "2020", periodUntil: "2019" }))).toEqual({
      periodUntil: "periodOrder",
    });
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
    expect(offerEditSchema.safeParse({ ...validOffer, cityId: offerId }).success).toBe(false);
  });

  it("reads the new fields: coordinates with a decimal comma, deduplicated ids, hours without blank rows", () => {
    const result = offerEditSchema.parse(validOffer);
    expect(result).toMatchObject({
      latitude: 51.2254,
      longitude: 6.77,
      districtIds: [contactId],
      languages: ["de", "tr"],
      freeOfCharge: true,
      providerId: null,
      status: "PUBLISHED",
    });
    expect(result.hours.map((h) => `${h.weekday} ${h.opens}-${h.closes}`)).toEqual(["1 09:00-12:00", "5 22:00-02:00", "6 18:00-24:00"]);
    expect(result.exceptions).toEqual([{ date: "2026-12-24", closed: true, opens: null, closes: null, note: "Heiligabend" }]);
    expect(offerEditSchema.parse({ ...validOffer, servesWholeCity: "on" }).districtIds).toEqual([]);
  });

  it.each([
    [{ hours: [{ weekday: "1", opens: "14:00", closes: "12:00", note: "" }] }, "hours.0.closes", "hoursOrder"],
    [{ hours: [{ weekday: "1", opens: "09:00", closes: "09:00", note: "" }] }, "hours.0.closes", "hoursOrder"],
    [{ hours: [{ weekday: "1", opens: "24:00", closes: "12:00", note: "" }] }, "hours.0.opens", "invalidTime"],
    [{ hours: [{ weekday: "1", opens: "9 Uhr", closes: "12:00", note: "" }] }, "hours.0.opens", "invalidTime"],
    [{ hours: [{ weekday: "1", opens: "", closes: "12:00", note: "" }] }, "hours.0.opens", "timesRequired"],
    [{ hours: [{ weekday: "8", opens: "09:00", closes: "12:00", note: "" }] }, "hours.0.weekday", "invalid"],
    [{ exceptions: [{ date: "2026-02-30", closed: "on", opens: "", closes: "", note: "" }] }, "exceptions.0.date", "invalidDate"],
    [{ exceptions: [{ date: "2026-05-01", closed: "", opens: "", closes: "", note: "" }] }, "exceptions.0.opens", "timesRequired"],
    [{ latitude: "91" }, "latitude", "invalidCoordinate"],
    [{ latitude: "" }, "latitude", "coordinatesPair"],
    [{ languages: ["xx"] }, "languages.0", "invalid"],
    [{ status: "DELETED" }, "status", "invalid"],
  ])("refuses %j at %s with %s", (change, path, code) => {
    expect(errorsOf(offerEditSchema.safeParse({ ...validOffer, ...change }))[path]).toBe(code);
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
    form.set("cityId", offerId);
    form.set("status", "PUBLISHED");
    form.set("typeId", offerId);
    form.append("hour", "0");
    form.set("hours.0.weekday", "3");
    form.set("hours.0.opens", "10:00");
    form.set("hours.0.closes", "24:00");
    form.append("languages", "uk");
    const read = readOfferForm(form);
    expect(read.contacts).toEqual([{ id: contactId, name: "Erika", role: "", department: "", phone: "", email: "", remove: "" }]);
    expect(Object.keys(read)).not.toContain("cityId");
    const parsed = offerEditSchema.parse(read);
    expect(parsed.hours).toEqual([{ weekday: 3, opens: "10:00", closes: "24:00", note: null }]);
    expect(parsed.languages).toEqual(["uk"]);
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
const timeText = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 30, 59))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const junkValue = fc.oneof(junkString, fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(junkString, { maxLength: 3 }));
const contactRow = fc.record({
  id: fc.oneof(fc.constant(""), fc.constant(contactId), fc.uuid(), junkString),
  remove: fc.constantFrom("", "on", "yes"),
  name: junkString,
  role: junkString,
  department: junkString,
  phone: junkString,
  email: junkString,
});
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
  typeId: fc.oneof(fc.constant(offerId), junkString),
  providerId: fc.oneof(fc.constant(""), fc.uuid(), junkString),
  status: fc.constantFrom("DRAFT", "PUBLISHED", "ARCHIVED", "x"),
  servesWholeCity: fc.constantFrom("", "on", "1"),
  districtIds: fc.array(fc.oneof(fc.uuid(), junkString), { maxLength: 3 }),
  latitude: fc.oneof(fc.constant(""), fc.double().map(String), junkString),
  longitude: fc.oneof(fc.constant(""), fc.double().map(String), junkString),
  languages: fc.array(fc.oneof(fc.constantFrom("de", "tr", "ar"), junkString), { maxLength: 3 }),
  accessibilityIds: fc.array(fc.uuid(), { maxLength: 2 }),
  targetGroupIds: fc.array(fc.uuid(), { maxLength: 2 }),
  handlungsfeldIds: fc.array(fc.uuid(), { maxLength: 2 }),
  freeOfCharge: fc.constantFrom("", "yes", "no", "maybe"),
  costNote: junkString,
  sourceDocument: junkString,
  sourceSection: junkString,
  contacts: fc.array(contactRow, { maxLength: 4 }),
  hours: fc.array(
    fc.record({
      weekday: fc.oneof(fc.constantFrom("1", "7"), junkString),
      opens: fc.oneof(timeText, junkString),
      closes: fc.oneof(timeText, junkString),
      note: junkString,
    }),
    { maxLength: 4 },
  ),
  exceptions: fc.array(
    fc.record({
      date: fc.oneof(fc.constantFrom("2026-12-24", ""), junkString),
      closed: fc.constantFrom("", "on"),
      opens: fc.oneof(timeText, junkString),
      closes: fc.oneof(timeText, junkString),
      note: junkString,
    }),
    { maxLength: 3 },
  ),
});

// A valid form with one or two fields replaced by junk: close to the boundary, so
// that both acceptance and refusal are exercised.
const nearlyValidOffer = fc
  .tuple(
    fc.constantFrom(...Object.keys(validOffer).filter((k) => !["contacts", "hours", "exceptions"].includes(k))),
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
        for (const row of data.hours) {
          expect(isTime(row.opens, "opens") && isTime(row.closes, "closes") && isTimeRangeOrdered(row.opens, row.closes)).toBe(true);
          expect(row.weekday).toBeGreaterThanOrEqual(1);
          expect(row.weekday).toBeLessThanOrEqual(7);
        }
        for (const row of data.exceptions) expect(isIsoDate(row.date)).toBe(true);
        if (data.latitude !== null) expect(Math.abs(data.latitude)).toBeLessThanOrEqual(90);
        if (data.longitude !== null) expect(Math.abs(data.longitude)).toBeLessThanOrEqual(180);
        expect((data.latitude === null) === (data.longitude === null)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The property above must have seen accepted forms too, or it proved nothing about them.
    expect(accepted).toBeGreaterThan(200);
  });

  it("accepts every well-formed offer form it is given", () => {
    const safeText = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 .,-]{0,50}$/);
    fc.assert(
      fc.property(
        safeText,
        safeText,
        fc.integer({ min: 1, max: 999_999_999 }),
        fc.stringMatching(/^[0-9]{5}$/),
        (name, summary, version, postcode) => {
          const result = offerEditSchema.safeParse({ ...validOffer, name, summary, version: String(version), postcode });
          expect(result.success).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("sign-in, set-password and invite schemas never throw", () => {
    const anyRecord = fc.dictionary(
      fc.constantFrom("locale", "email", "password", "confirm", "token", "name", "role", "cityIds", "providerIds", "x"),
      junkValue,
    );
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

describe("liftSignInLockSchema", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return readLiftSignInLockForm(data);
  };

  it("takes a locale and an account id from the form", () => {
    const id = "3f2c8a4e-1b7d-4c59-9e21-6d0a5b8f7c13";
    expect(liftSignInLockSchema.parse(form({ locale: "tr", userId: id }))).toEqual({ locale: "tr", userId: id });
  });

  it("refuses a tampered id or locale", () => {
    expect(liftSignInLockSchema.safeParse(form({ locale: "de", userId: "1 OR 1=1" })).success).toBe(false);
    expect(liftSignInLockSchema.safeParse(form({ locale: "xx", userId: "3f2c8a4e-1b7d-4c59-9e21-6d0a5b8f7c13" })).success).toBe(false);
    expect(liftSignInLockSchema.safeParse(form({ locale: "de" })).success).toBe(false);
  });
});
