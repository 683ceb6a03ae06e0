import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { offerScopeFor } from "../data";
import type { OfferTranslationsInput } from "../schema";
import type { ActingContext, OfferTranslationsResult } from "../types";

/**
 * Writes the translations of an offer. Not for a PROVIDER_EDITOR: revisions hold the
 * German record only, and an unreviewed translation must not go public unchecked.
 */
export async function saveOfferTranslations(ctx: ActingContext, input: OfferTranslationsInput, now: Date): Promise<OfferTranslationsResult> {
  if (ctx.user.role === "PROVIDER_EDITOR") return { status: "forbidden" };
  const scope = await offerScopeFor(ctx.user);
  return getDb().$transaction(async (tx): Promise<OfferTranslationsResult> => {
    const offer = await tx.offer.findFirst({
      where: { id: input.offerId, ...scope },
      select: { id: true, slug: true, city: { select: { slug: true } }, translations: { select: { locale: true, name: true, summary: true, description: true, reviewed: true } } },
    });
    if (!offer) return { status: "notFound" };
    const before = new Map(offer.translations.map((t) => [t.locale, t]));
    for (const row of input.translations) {
      const where = { offerId_locale: { offerId: offer.id, locale: row.locale } };
      if (!row.name && !row.summary && !row.description) {
        if (before.has(row.locale)) await tx.offerTranslation.delete({ where });
        continue;
      }
      const reviewedAt = row.reviewed ? (before.get(row.locale)?.reviewed ? undefined : now) : null;
      const data = { name: row.name, summary: row.summary, description: row.description, reviewed: row.reviewed, reviewedAt };
      await tx.offerTranslation.upsert({ where, create: { offerId: offer.id, locale: row.locale, ...data }, update: data });
    }
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "offer.translate",
      entityType: "offer",
      entityId: offer.id,
      before: { translations: offer.translations },
      after: { translations: input.translations },
      ip: ctx.ip,
    });
    return { status: "saved", offerSlug: offer.slug, citySlug: offer.city.slug };
  });
}
