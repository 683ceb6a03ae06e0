import fc from "fast-check";
import { expect, test } from "./fixtures";
import { sendRaw } from "./support/raw-http";
import type { RawResponse } from "./support/raw-http";

// Fuzzing the public surface as a careless user or an attacker would: any path segment,
// query value, form field or cookie. Every answer must be below 500, within 2 s, carry the
// security headers, and never echo markup it was sent. Over 5,000 cases a run, with a
// new seed each time (printed on failure, so a failure can be replayed with FUZZ_SEED).

const marker = "<fz-x>";
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const concurrency = 3;

const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    marker,
    "\u0000",
    "%",
    "%%",
    "..",
    "' OR 1=1 --",
    "Begegnungsstätte",
    "😀",
    "\ud800",
    "a".repeat(300),
    "-1",
    "1e9",
    "999999999",
    "NaN",
    "[]",
    "{}",
  ),
  fc.constantFrom("duesseldorf", "essen", "stadtbezirk-3", "begegnungsstaette", "tr", "de", "1", "2", "ja"),
);

// Percent-encodes every byte but unreserved ones; sometimes adds raw bytes that are not UTF-8.
const encoded = fc.tuple(junk, fc.boolean(), fc.integer({ min: 0, max: 255 })).map(([text, rawByte, byte]) => {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (const b of bytes)
    out += /[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, "0").toUpperCase()}`;
  return rawByte ? `${out}%${byte.toString(16).padStart(2, "0")}` : out;
});

const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names), encoded), encoded), { maxLength: 8 })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join("&"));

const locale = fc.oneof(fc.constantFrom("de", "de-x-ls", "en", "tr", "ar", "ru", "pl", "uk"), encoded);

type Case = { method?: string; path: string; headers?: Record<string, string>; body?: string };

async function check(baseURL: string, cases: Case[]) {
  const failures: string[] = [];
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const item = cases[next++]!;
      let response: RawResponse;
      try {
        response = await sendRaw(baseURL, item);
      } catch (error) {
        failures.push(`${item.method ?? "GET"} ${item.path}: ${String(error)}`);
        continue;
      }
      const problems = [
        response.status >= 500 ? `status ${response.status}` : null,
        response.ms > 2000 ? `${response.ms} ms` : null,
        response.headers["x-content-type-options"] !== "nosniff" ? "no nosniff" : null,
        response.body.includes(marker) ? "reflected markup" : null,
      ].filter(Boolean);
      if (problems.length) failures.push(`${item.method ?? "GET"} ${item.path} ${item.body ?? ""}: ${problems.join(", ")}`);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  expect(failures.slice(0, 20), `FUZZ_SEED=${seed}`).toEqual([]);
}

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number) => fc.sample(arbitrary, { numRuns, seed: seed + offset });

test.describe("fuzz", () => {
  test.describe.configure({ timeout: 240_000 });

  test("search: 1,500 queries", async ({ baseURL }) => {
    const names = ["q", "stadt", "bezirk", "art", "feld", "gruppe", "sprache", "barriere", "kostenlos", "offen", "seite"];
    const cases = sample(fc.tuple(locale, query(names)), 1500, 1).map(([l, q]) => ({ path: `/${l}/angebote?${q}` }));
    await check(baseURL!, cases);
  });

  test("offer, city, district and vCard paths: 1,500", async ({ baseURL }) => {
    const segment = fc.oneof(encoded, fc.constantFrom("duesseldorf", "essen", "stadtbezirk-3", "seite", "1", "kontakt.vcf", "suche"));
    const path = fc.oneof(
      fc.tuple(locale, segment).map(([l, o]) => `/${l}/angebote/${o}`),
      fc.tuple(locale, segment).map(([l, o]) => `/${l}/angebote/${o}/kontakt.vcf`),
      fc.tuple(locale, segment).map(([l, c]) => `/${l}/staedte/${c}`),
      fc.tuple(locale, segment, segment).map(([l, c, d]) => `/${l}/staedte/${c}/${d}`),
      fc.tuple(locale, segment, segment).map(([l, c, p]) => `/${l}/staedte/${c}/seite/${p}`),
      fc.tuple(locale, segment, segment, segment).map(([l, c, d, p]) => `/${l}/staedte/${c}/${d}/seite/${p}`),
      fc.tuple(locale, fc.array(segment, { minLength: 1, maxLength: 3 })).map(([l, k]) => `/${l}/angebote/suche/${k.join("/")}`),
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
    );
    const cases = sample(fc.tuple(path, fc.option(query(["seite", "q"]), { nil: undefined })), 1500, 2).map(([p, q]) => ({
      path: q ? `${p}?${q}` : p,
    }));
    await check(baseURL!, cases);
  });

  test("Merkliste and reading help forms: 700 posts", async ({ baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const form = query(["aktion", "angebot", "angebote", "zurueck", "groesse", "kontrast"]);
    const cases = sample(
      fc.tuple(
        locale,
        fc.constantFrom("merkliste/aendern", "lesehilfe"),
        form,
        fc.constantFrom(origin, "https://evil.example", ""),
        fc.boolean(),
      ),
      700,
      3,
    ).map(([l, target, body, from, asGet]) => ({
      method: asGet ? "GET" : "POST",
      path: asGet ? `/${l}/${target}?${body}` : `/${l}/${target}`,
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        ...(from ? { Origin: from } : {}),
        Referer: `${origin}/de/angebote?${body.slice(0, 200)}`,
      },
      body: asGet ? undefined : body,
    }));
    await check(baseURL!, cases);
  });

  test("the reader's stylesheet: 400 cookie and locale combinations", async ({ baseURL }) => {
    const cookieValue = fc.oneof(encoded, fc.constantFrom("sehr-gross.hoch", "gross", "duesseldorf-seniorenberatung", `${marker}.hoch`));
    const cases = sample(fc.tuple(locale, cookieValue, cookieValue), 400, 4).map(([l, reading, list]) => ({
      path: `/api/ansicht/${l}`,
      headers: { Cookie: `lesehilfe=${reading}; merkliste=${list}` },
    }));
    await check(baseURL!, cases);
  });

  test("open-data API: 1,000 requests", async ({ baseURL }) => {
    const endpoint = fc.oneof(
      fc.constantFrom(
        "",
        "/services",
        "/organizations",
        "/service_at_locations",
        "/taxonomies",
        "/taxonomy_terms",
        "/export.csv",
        "/openapi.json",
      ),
      fc
        .tuple(fc.constantFrom("services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"), encoded)
        .map(([e, id]) => `/${e}/${id}`),
      encoded.map((rest) => `/${rest}`),
    );
    const names = [
      "page",
      "per_page",
      "search",
      "taxonomy_term_id",
      "organization_id",
      "modified_after",
      "postcode",
      "locale",
      "full_service",
      "taxonomy_id",
    ];
    const cases = sample(fc.tuple(endpoint, query(names), fc.integer({ min: 1, max: 2 ** 16 })), 1000, 5).map(([e, q, n]) => ({
      path: `/api/hsds${e}?${q}`,
      // Each request from an address of its own (the e2e server trusts one proxy): the rate limit is not what this tests.
      headers: { "X-Forwarded-For": `10.9.${n >> 8}.${n & 255}` },
    }));
    await check(baseURL!, cases);
  });
});
