import "server-only";
import { getDb } from "@/lib/db";
import { writeAuditEntry } from "../audit/mutations";
import { can } from "../policy";
import { offerScopeFor } from "../scope-data";
import type { OfferTranslationsInput } from "../schema";
import type { ActingContext, OfferTranslationsResult } from "../types";
import { fingerprint, offerSourceTextsSelect, toOfferSourceTexts } from "@/lib/translation/source-fingerprint";
import { getOfferTranslations } from "./data";

/**
 * Writes the translations of an offer, only while the offer still has the translations
 * version the form was loaded with. Not for a PROVIDER_EDITOR: revisions hold the
 * German record only, and an unreviewed translation must not go public unchecked.
 */
export async function saveOfferTranslations(
  ctx: ActingContext,
  input: OfferTranslationsInput,
  now: Date,
): Promise<OfferTranslationsResult> {
  if (!can(ctx.user, "offer.translate")) return { status: "forbidden" };
  const scope = await offerScopeFor(ctx.user);
  const outcome = await getDb().$transaction(async (tx): Promise<OfferTranslationsResult | "conflict"> => {
    const offer = await tx.offer.findFirst({
      where: { id: input.offerId, ...scope },
      select: {
        id: true,
        slug: true,
        ...offerSourceTextsSelect,
        translationsVersion: true,
        city: { select: { slug: true } },
        translations: { select: { locale: true, name: true, summary: true, description: true, reviewed: true } },
      },
    });
    if (!offer) return { status: "notFound" };
    if (offer.translationsVersion !== input.version) return "conflict";
    // The version in the WHERE is what makes concurrent saves safe: the second UPDATE
    // waits for the first to commit, then matches no row. It comes before any other
    // write, so a losing save has written nothing. Raw SQL because Prisma would also
    // move offer.updated_at, the German record's change time (HSDS last_modified).
    const claimed =
      await tx.$executeRaw`UPDATE offer SET translations_version = translations_version + 1 WHERE id = ${offer.id}::uuid AND translations_version = ${input.version}`;
    if (claimed !== 1) return "conflict";

    const before = new Map(offer.translations.map((t) => [t.locale, t]));
    // A translation typed or checked now was made from the German as it is now.
    const source = fingerprint(toOfferSourceTexts(offer));
    for (const row of input.translations) {
      const where = { offerId_locale: { offerId: offer.id, locale: row.locale } };
      if (!row.name && !row.summary && !row.description) {
        if (before.has(row.locale)) await tx.offerTranslation.delete({ where });
        continue;
      }
      const old = before.get(row.locale);
      const newlyReviewed = row.reviewed && !old?.reviewed;
      const edited = !old || old.name !== row.name || old.summary !== row.summary || old.description !== row.description;
      const data = {
        name: row.name,
        summary: row.summary,
        description: row.description,
        reviewed: row.reviewed,
        reviewedAt: row.reviewed ? (newlyReviewed ? now : undefined) : null,
        reviewedById: row.reviewed ? (newlyReviewed ? ctx.user.id : undefined) : null,
        sourceFingerprint: edited || newlyReviewed ? source : undefined,
      };
      await tx.offerTranslation.upsert({ where, create: { offerId: offer.id, locale: row.locale, ...data }, update: data });
    }
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "offer.translate",
      entityType: "offer",
      entityId: offer.id,
      before: { translationsVersion: input.version, translations: offer.translations },
      after: { translationsVersion: input.version + 1, translations: input.translations },
      ip: ctx.ip,
    });
    return { status: "saved", translationsVersion: input.version + 1, offerSlug: offer.slug, citySlug: offer.city.slug };
  });
  if (outcome !== "conflict") return outcome;
  // Read after the transaction, so that the loser is shown what the winner committed.
  const current = await getOfferTranslations(ctx.user, input.offerId);
  return current ? { status: "conflict", current } : { status: "notFound" };
}
