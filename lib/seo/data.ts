import "server-only";
import { getDb } from "@/lib/db";
import type { SitemapSource } from "./types";

export async function listSitemapSources(): Promise<SitemapSource> {
  const db = getDb();
  const [cities, offers] = await Promise.all([
    db.city.findMany({
      select: { slug: true, updatedAt: true, districts: { select: { slug: true, updatedAt: true }, orderBy: { position: "asc" } } },
      orderBy: { slug: "asc" },
    }),
    db.offer.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  return { cities, offers };
}
