import { randomInt } from "node:crypto";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// HTTP behaviour of the open-data API against the production build. Each test sends its
// own client address, so the per-address rate limit of one test never touches another.
function clientAddress() {
  return { "x-forwarded-for": `198.51.100.${randomInt(1, 255)}, 203.0.113.${randomInt(1, 255)}` };
}

test.describe("open-data API over HTTP", () => {
  test("lists the seeded offer and answers a revalidation with 304", async ({ request, seeded }) => {
    const headers = clientAddress();
    const url = `/api/hsds/services?search=${encodeURIComponent(seeded.offerName)}&full=true`;
    const response = await request.get(url, { headers });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=300");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const page = await response.json();
    expect(page.total_items).toBe(1);
    expect(page.contents[0].name).toBe(seeded.offerName);
    expect(page.contents[0].schedules[0]).toMatchObject({ freq: "WEEKLY", byday: "TU", opens_at: "10:00", closes_at: "16:00" });
    expect(page.contents[0].contacts[0].name).toBe(seeded.contactName);

    const etag = response.headers()["etag"]!;
    const lastModified = response.headers()["last-modified"]!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const byEtag = await request.get(url, { headers: { ...headers, "if-none-match": etag } });
    expect(byEtag.status()).toBe(304);
    expect(byEtag.headers()["etag"]).toBe(etag);
    expect(await byEtag.text()).toBe("");
    const byDate = await request.get(url, { headers: { ...headers, "if-modified-since": lastModified } });
    expect(byDate.status()).toBe(304);
    const stale = await request.get(url, { headers: { ...headers, "if-none-match": '"something-else"' } });
    expect(stale.status()).toBe(200);
  });

  test("answers bad parameters with 400 naming the parameter, unknown ids and paths with 404", async ({ request }) => {
    const headers = clientAddress();
    const bad = await request.get("/api/hsds/services?per_page=zehn", { headers });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("application/json");
    expect(bad.headers()["access-control-allow-origin"]).toBe("*");
    expect(await bad.json()).toEqual({ error: { code: "invalid_parameter", message: expect.any(String), parameter: "per_page" } });

    const unknown = await request.get("/api/hsds/services/00000000-0000-4000-8000-000000000000", { headers });
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
    const nowhere = await request.get("/api/hsds/no-such-endpoint", { headers });
    expect(nowhere.status()).toBe(404);
    expect((await nowhere.json()).error.code).toBe("not_found");
  });

  test("limits requests per address with 429 and Retry-After", async ({ request }) => {
    const headers = clientAddress();
    // The default limit is a burst of 120 requests, refilled at 2 per second: bursts of 20
    // must hit it long before 300 requests.
    let limited = null;
    for (let sent = 0; sent < 300 && !limited; sent += 20) {
      const responses = await Promise.all(Array.from({ length: 20 }, () => request.get("/api/hsds", { headers })));
      for (const response of responses) expect([200, 429]).toContain(response.status());
      limited = responses.find((r) => r.status() === 429) ?? null;
    }
    expect(limited).not.toBeNull();
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(limited!.headers()["access-control-allow-origin"]).toBe("*");
    expect((await limited!.json()).error.code).toBe("rate_limited");
    const otherClient = await request.get("/api/hsds", { headers: clientAddress() });
    expect(otherClient.status()).toBe(200);
  });

  test("allows cross-origin GET, including the preflight", async ({ request }) => {
    const headers = { ...clientAddress(), origin: "https://app.example" };
    const preflight = await request.fetch("/api/hsds/services", {
      method: "OPTIONS",
      headers: { ...headers, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
    expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
    const response = await request.get("/api/hsds/taxonomies", { headers });
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-expose-headers"]).toContain("ETag");
  });
});

test.describe("open-data page", () => {
  test("is linked from the footer and offers the downloads, the licence and a DCAT description", async ({ page, request }) => {
    await page.goto("/de");
    await page.getByRole("contentinfo").getByRole("link", { name: "Offene Daten" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Offene Daten" })).toBeVisible();
    await expect(page.getByText(/^Stand der Daten: \d{1,2}\. \S+ \d{4}$/)).toBeVisible();
    await expect(page.getByRole("link", { name: "https://www.govdata.de/dl-de/by-2-0" })).toBeVisible();
    await expect(page.getByText(/Datenlizenz Deutschland – Namensnennung – Version 2\.0/)).toBeVisible();

    const jsonHref = await page.getByRole("link", { name: /Gesamter Datenbestand/ }).getAttribute("href");
    const csvHref = await page.getByRole("link", { name: /als Tabelle \(CSV\)/ }).getAttribute("href");
    const json = await request.get(jsonHref!, { headers: clientAddress() });
    expect(json.status()).toBe(200);
    expect((await json.json()).services.length).toBeGreaterThanOrEqual(70);
    const csv = await request.get(csvHref!, { headers: clientAddress() });
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");

    const dcat = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(dcat["@type"]).toBe("dcat:Dataset");
    expect(dcat["dct:license"]["@id"]).toBe("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
    await expectNoAxeViolations(page);
  });

  test("exists in English with English downloads", async ({ page }) => {
    await page.goto("/en/open-data");
    await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
    await expect(page.getByRole("link", { name: /whole dataset/ })).toHaveAttribute("href", "/api/hsds/export.json?locale=en");
  });
});
