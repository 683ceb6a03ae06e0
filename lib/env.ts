// Runtime configuration; everything optional has a documented default (README).
export function getDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` (it starts the embedded PostgreSQL) or set DATABASE_URL.");
  }
  return url;
}

export function getPort(): number {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Invalid PORT: ${process.env.PORT}`);
  return port;
}

// Public origin of the site for canonical URLs, the sitemap and share links.
export function getSiteUrl(): string {
  const raw = process.env.SITE_URL || "http://localhost:3000";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Invalid SITE_URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`Invalid SITE_URL: ${raw}`);
  return url.origin;
}
