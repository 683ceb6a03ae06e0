import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { findClosedPort, sendRaw, startCanary, startExtraServer } from "./support/raw-http";

// What an outside security test found (issue: hardening), each at the HTTP layer.

test.describe("rewrites stay on the app's own origin", () => {
  test("a foreign Host or X-Forwarded-Host never makes the app fetch from another server", async ({ baseURL }) => {
    const canary = await startCanary();
    const closed = await findClosedPort();
    try {
      const attempts: Record<string, string>[] = [
        { Host: `127.0.0.1:${canary.port}` },
        { "X-Forwarded-Host": `127.0.0.1:${canary.port}`, "X-Forwarded-Proto": "http" },
        { Host: `127.0.0.1:${closed}` },
      ];
      for (const headers of attempts) {
        for (const method of ["GET", "POST"]) {
          const response = await sendRaw(baseURL!, {
            method,
            path: `/de/angebote?q=a${randomBytes(2).toString("hex")}`,
            headers,
            body: method === "POST" ? "x=1" : undefined,
          });
          expect(response.status, JSON.stringify(headers)).toBeLessThan(500);
          expect(response.body).not.toContain("canary");
        }
        const search = await sendRaw(baseURL!, { path: "/de/angebote?q=Treff", headers });
        expect(search.status).toBe(200);
        expect(search.body).toContain("Angebote suchen");
      }
      expect(canary.hits).toEqual([]);
    } finally {
      await canary.close();
    }
  });

  test("no header names the origin of a foreign Host", async ({ baseURL }) => {
    for (const path of ["/de/angebote?q=Treff", "/de", "/de/staedte/duesseldorf"]) {
      const response = await sendRaw(baseURL!, { path, headers: { Host: "evil.example" } });
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.headers), path).not.toContain("evil.example");
    }
  });
});

test.describe("bad input gets a 4xx or a page with a notice, never a 500", () => {
  const paths = [
    "/de/angebote?sprache=xx1",
    "/de/angebote?sprache=a%20b",
    "/de/angebote?q=%00&stadt=%00&art=%00",
    "/de/angebote/a%00b",
    "/de/staedte/a%00b",
    "/de/staedte/essen/a%00b",
    "/de/staedte/essen/seite/%00",
    "/de/angebote/%00/kontakt.vcf",
    "/api/hsds/services?search=%00",
    "/api/hsds/services/%00",
    "/api/hsds/organizations/%E4",
    "/x.y/staedte/essen",
    "/x.y",
    "/de/%25",
    "/de/angebote/50%25",
    "/api/hsds/services/%E4",
    "/de/staedte/%E4",
    "/de/angebote/suche/%E4",
    "/de/angebote/suche/q%00",
    "/api/ansicht/%E4",
    "/ru/%C0%AF",
  ];
  for (const path of paths) {
    test(`GET ${path}`, async ({ baseURL }) => {
      const response = await sendRaw(baseURL!, { path });
      expect(response.status).toBeLessThan(500);
      if (response.status >= 300 && response.status < 400) {
        const next = await sendRaw(baseURL!, { path: response.headers.location! });
        expect(next.status).toBeLessThan(500);
      }
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.body).not.toMatch(/at .+\.js:\d+|Internal Server Error/);
    });
  }

  test("an unknown language code is reported on the search page", async ({ page }) => {
    const response = await page.goto("/de/angebote?sprache=xx1");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Die Angabe „xx1“ bei")).toBeVisible();
  });

  test("a malformed path gets the not-found page in its language", async ({ page }) => {
    const response = await page.goto("/ru/angebote/%E4");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });

  test("TRACE and TRACK are refused with 405, not a 500", async ({ baseURL }) => {
    for (const method of ["TRACE"]) {
      const response = await sendRaw(baseURL!, { method, path: "/de" });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toContain("GET");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    }
    expect((await sendRaw(baseURL!, { method: "TRACK", path: "/de" })).status).toBeLessThan(500);
  });

  test("a cross-origin server-action post is refused with a 4xx", async ({ baseURL }) => {
    const response = await sendRaw(baseURL!, {
      method: "POST",
      path: "/de/admin",
      headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

test.describe("the page cache cannot be grown with junk", () => {
  test("parameters the search does not know, repeats and order make no new cache entry", async ({ request }) => {
    const word = `hartung${randomBytes(3).toString("hex")}`;
    const canonical = `/de/angebote?q=${word}&art=beratungsstelle&art=begegnungsstaette`;
    await expect(async () => {
      expect((await request.get(canonical)).headers()["x-nextjs-cache"]).toBe("HIT");
    }).toPass({ timeout: 10_000 });
    for (const variant of [
      `/de/angebote?q=${word}&art=begegnungsstaette&art=beratungsstelle&nonce=${randomBytes(4).toString("hex")}`,
      `/de/angebote?art=beratungsstelle&q=${word}&art=begegnungsstaette&art=beratungsstelle&utm_source=x`,
      `/de/angebote?q=${encodeURIComponent(`  ${word} `)}&art=begegnungsstaette&art=beratungsstelle&seite=1`,
    ]) {
      const response = await request.get(variant);
      expect(response.status()).toBe(200);
      expect(response.headers()["x-nextjs-cache"], variant).toBe("HIT");
    }
  });

  test("a search key sent directly must be the canonical one", async ({ request }) => {
    const junk = Buffer.from(`q=Treff&nonce=${randomBytes(4).toString("hex")}`).toString("base64url");
    expect((await request.get(`/de/angebote/suche/q${junk}`)).status()).toBe(404);
  });

  test("a search with a refused value is answered fresh, not cached", async ({ request }) => {
    const path = `/de/angebote?q=Treff&sprache=${randomBytes(2).toString("hex")}1`;
    for (let i = 0; i < 2; i++) expect((await request.get(path)).headers()["x-nextjs-cache"]).toBeUndefined();
  });

  test("pages for invented slugs are not kept", async ({ request }) => {
    for (const path of [
      `/de/angebote/erfunden-${randomBytes(3).toString("hex")}`,
      `/de/staedte/erfunden-${randomBytes(3).toString("hex")}`,
    ]) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(path);
        expect(response.status()).toBe(404);
        expect(response.headers()["x-nextjs-cache"], path).not.toBe("HIT");
      }
    }
  });
});

test.describe("security headers", () => {
  test("public pages allow only the site's own scripts; admin pages only those with this response's nonce", async ({ request }) => {
    const page = await request.get("/de/staedte/duesseldorf");
    const publicPolicy = page.headers()["content-security-policy"]!;
    expect(publicPolicy).toContain("script-src 'self' 'unsafe-inline'");
    expect(publicPolicy).toContain("object-src 'none'");
    expect(page.headers()["strict-transport-security"]).toBeUndefined();

    const admin = await request.get("/de/admin");
    const adminPolicy = admin.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(adminPolicy)?.[1];
    expect(nonce).toBeTruthy();
    expect(adminPolicy).toContain("'strict-dynamic'");
    expect(adminPolicy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    const html = await admin.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });
});

test.describe("behind a trusted proxy, on https", () => {
  test.describe.configure({ timeout: 60_000 });

  test("HSTS and upgrade-insecure-requests follow an https SITE_URL; the client address is the one the proxy saw", async () => {
    const server = await startExtraServer({ SITE_URL: "https://seniorenwegweiser.example", TRUSTED_PROXY_HOPS: "1", HSDS_RATE_LIMIT: "3" });
    try {
      const page = await sendRaw(server.baseURL, { path: "/de/leer" });
      expect(page.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
      expect(page.headers["content-security-policy"]).toContain("upgrade-insecure-requests");

      // One client behind the proxy: its fourth request is over the limit of 3.
      const asClient = (forwardedFor: string) =>
        sendRaw(server.baseURL, { path: "/api/hsds", headers: { "X-Forwarded-For": forwardedFor } });
      for (let i = 0; i < 3; i++) expect((await asClient("203.0.113.1")).status).toBe(200);
      expect((await asClient("203.0.113.1")).status).toBe(429);
      // Another client behind the same proxy has its own limit …
      expect((await asClient("203.0.113.2")).status).toBe(200);
      // … and what a client writes left of the proxy's entry changes nothing.
      for (let i = 0; i < 3; i++) expect((await asClient(`198.51.100.${i}, 203.0.113.3`)).status).toBe(200);
      expect((await asClient("198.51.100.9, 203.0.113.3")).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  test("without a trusted proxy, X-Forwarded-For is not believed", async () => {
    const server = await startExtraServer({ TRUSTED_PROXY_HOPS: "0", HSDS_RATE_LIMIT: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await sendRaw(server.baseURL, { path: "/api/hsds", headers: { "X-Forwarded-For": `203.0.113.${i}` } })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await server.stop();
    }
  });
});
