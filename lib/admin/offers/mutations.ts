import "server-only";
import { toPeriodColumns } from "@/lib/directory/period";
import { toDialableColumns } from "@/lib/phone/dialable";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "../audit/mutations";
import type { AuditEntryInput } from "../audit/mutations";
import { pickFreeSlug, toOfferSlugBase } from "../csv/slug";
import { findChoosableProviders } from "../data";
import { isProviderChoiceAllowed, offerLanguages } from "../offer-rules";
import { can } from "../policy";
import type { ActingContext, OfferContactValues, OfferEditValues, OfferForEdit } from "../types";
import { offerTextFields, pickTextValues } from "./fields";

// The one write path of an offer: the form's save and create, the CSV import,
// restores and approved revisions all end here, so version guard, slug, publishedAt,
// choice rules, review and audit cannot drift apart between them.

/** Thrown when the version compare-and-set matches no row; the caller's transaction rolls back. */
export class OfferVersionConflict extends Error {}

/** An offer as loaded for the write: `version` is the one the change was made from. */
export type StoredOffer = { id: string; slug: string; version: number; cityId: string; citySlug: string; values: OfferEditValues };

const identityKeys = new Set(["id", "slug", "version", "city", "providerName", "updatedAt"]);

/** A loaded offer as the write's `before`; its status stays among the values (publishedAt depends on it). */
export function toStoredOffer(offer: OfferForEdit): StoredOffer {
  const values = Object.fromEntries(Object.entries(offer).filter(([key]) => !identityKeys.has(key))) as OfferEditValues;
  return { id: offer.id, slug: offer.slug, version: offer.version, cityId: offer.city.id, citySlug: offer.city.slug, values };
}

export type NewOffer = { cityId: string; citySlug: string };

export type OfferWriteOptions = {
  /** The acting user's offer scope (data.ts: offerScopeFor), part of the update's WHERE. */
  scope: Prisma.OfferWhereInput;
  now: Date;
  /** Contacts to delete; a contact the change neither keeps nor removes stays. */
  removeContactIds?: readonly string[];
  /** What the audit entry records, when the caller's log shape differs from the values. */
  audit?: (written: { slug: string; after: OfferEditValues }) => Pick<AuditEntryInput, "before" | "after">;
};

export type OfferWriteResult =
  | { status: "saved"; offerId: string; version: number; offerSlug: string; citySlug: string }
  | { status: "created"; offerId: string; offerSlug: string; citySlug: string; published: boolean }
  | { status: "submitted"; revisionId: string }
  | { status: "invalidChoice" };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every id the change picks must exist and lie in the offer's city or the user's
 * reach. Only changed choices are looked up: a stored one passed this check once
 * and is held by a foreign key since.
 */
async function areChoicesAllowed(
  tx: Prisma.TransactionClient,
  ctx: ActingContext,
  cityId: string,
  after: OfferEditValues,
  before?: OfferEditValues,
) {
  const changed = (key: keyof OfferEditValues) => before === undefined || !same(before[key], after[key]);
  const counts = (key: keyof OfferEditValues, ids: string[], count: (ids: string[]) => Promise<number>) =>
    !changed(key) || ids.length === 0 ? Promise.resolve(true) : count(ids).then((n) => n === ids.length);
  const providerOk = async () => {
    const chosen = after.providerId;
    const choosable = chosen === null || !changed("providerId") ? [] : await findChoosableProviders(tx, ctx.user, cityId, { id: chosen });
    return isProviderChoiceAllowed(ctx.user.role, { chosen, saved: before?.providerId, choosable: new Set(choosable.map((p) => p.id)) });
  };
  // One after the other: queries of one transaction share one connection.
  const checks = [
    () => (changed("typeId") ? tx.offerType.count({ where: { id: after.typeId } }).then((n) => n === 1) : Promise.resolve(true)),
    providerOk,
    () => counts("districtIds", after.districtIds, (ids) => tx.district.count({ where: { id: { in: ids }, cityId } })),
    () => counts("accessibilityIds", after.accessibilityIds, (ids) => tx.accessibilityFeature.count({ where: { id: { in: ids } } })),
    () => counts("targetGroupIds", after.targetGroupIds, (ids) => tx.targetGroup.count({ where: { id: { in: ids } } })),
    () => counts("handlungsfeldIds", after.handlungsfeldIds, (ids) => tx.handlungsfeld.count({ where: { id: { in: ids } } })),
  ];
  if (!after.languages.every((code) => (offerLanguages as readonly string[]).includes(code))) return false;
  for (const check of checks) if (!(await check())) return false;
  return true;
}

/** The offer's own columns, the same for create and update. */
// The dialable form is derived on every write, with the city's area code for a number
// printed without one (lib/phone/dialable.ts): the same rule as for the seed data.
function columnsOf(after: OfferEditValues, areaCode: string | null) {
  return {
    ...pickTextValues(offerTextFields, after),
    ...toDialableColumns(after.phone, areaCode),
    typeId: after.typeId,
    providerId: after.providerId,
    status: after.status,
    servesWholeCity: after.servesWholeCity,
    latitude: after.latitude,
    longitude: after.longitude,
    languages: after.languages,
    freeOfCharge: after.freeOfCharge,
    ...toPeriodColumns(after.periodFrom, after.periodUntil),
  };
}

async function writeRelations(tx: Prisma.TransactionClient, offerId: string, before: OfferEditValues, after: OfferEditValues) {
  if (!same(before.districtIds, after.districtIds)) {
    await tx.offerDistrict.deleteMany({ where: { offerId } });
    await tx.offerDistrict.createMany({ data: after.districtIds.map((districtId) => ({ offerId, districtId })) });
  }
  if (!same(before.accessibilityIds, after.accessibilityIds)) {
    await tx.offerAccessibility.deleteMany({ where: { offerId } });
    await tx.offerAccessibility.createMany({ data: after.accessibilityIds.map((featureId) => ({ offerId, featureId })) });
  }
  if (!same(before.targetGroupIds, after.targetGroupIds)) {
    await tx.offerTargetGroup.deleteMany({ where: { offerId } });
    await tx.offerTargetGroup.createMany({ data: after.targetGroupIds.map((targetGroupId) => ({ offerId, targetGroupId })) });
  }
  if (!same(before.handlungsfeldIds, after.handlungsfeldIds)) {
    await tx.offerHandlungsfeld.deleteMany({ where: { offerId } });
    await tx.offerHandlungsfeld.createMany({ data: after.handlungsfeldIds.map((handlungsfeldId) => ({ offerId, handlungsfeldId })) });
  }
  if (!same(before.hours, after.hours)) {
    await tx.openingHours.deleteMany({ where: { offerId } });
    await tx.openingHours.createMany({
      data: after.hours.map((h) => ({ offerId, weekday: h.weekday, opens: h.opens, closes: h.closes, note: h.note })),
    });
  }
  if (!same(before.exceptions, after.exceptions)) {
    await tx.scheduleException.deleteMany({ where: { offerId } });
    await tx.scheduleException.createMany({
      data: after.exceptions.map((e) => ({
        offerId,
        date: new Date(`${e.date}T00:00:00Z`),
        closed: e.closed,
        opens: e.opens,
        closes: e.closes,
        note: e.note,
      })),
    });
  }
}

async function readAreaCode(tx: Prisma.TransactionClient, cityId: string): Promise<string | null> {
  return (await tx.city.findUnique({ where: { id: cityId }, select: { areaCode: true } }))?.areaCode ?? null;
}

/** Writes the contacts in their order and returns them with the ids of new rows. */
async function writeContacts(
  tx: Prisma.TransactionClient,
  offerId: string,
  before: OfferEditValues,
  after: OfferEditValues,
  removeIds: readonly string[],
  areaCode: string | null,
) {
  if (removeIds.length === 0 && same(before.contacts, after.contacts)) return after.contacts;
  if (removeIds.length) await tx.contact.deleteMany({ where: { offerId, id: { in: [...removeIds] } } });
  const saved: OfferContactValues[] = [];
  for (const [position, contact] of after.contacts.entries()) {
    const data = {
      name: contact.name,
      role: contact.role,
      department: contact.department,
      phone: contact.phone,
      ...toDialableColumns(contact.phone, areaCode),
      email: contact.email,
      position,
    };
    if (contact.id) {
      await tx.contact.updateMany({ where: { id: contact.id, offerId }, data });
      saved.push(contact);
    } else {
      const created = await tx.contact.create({ data: { ...data, offerId }, select: { id: true } });
      saved.push({ ...contact, id: created.id });
    }
  }
  return saved;
}

const nothing = {
  districtIds: [],
  accessibilityIds: [],
  targetGroupIds: [],
  handlungsfeldIds: [],
  hours: [],
  exceptions: [],
  contacts: [],
};

async function createOfferRow(
  tx: Prisma.TransactionClient,
  ctx: ActingContext,
  city: NewOffer,
  after: OfferEditValues,
  options: OfferWriteOptions,
  areaCode: string | null,
): Promise<OfferWriteResult> {
  const base = toOfferSlugBase(city.citySlug, after.name);
  const taken = new Set((await tx.offer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
  const slug = pickFreeSlug(base, taken);
  const offer = await tx.offer.create({
    data: {
      ...columnsOf(after, areaCode),
      slug,
      cityId: city.cityId,
      publishedAt: after.status === "PUBLISHED" ? options.now : null,
      contacts: {
        create: after.contacts.map((c, position) => ({
          name: c.name,
          role: c.role,
          department: c.department,
          phone: c.phone,
          ...toDialableColumns(c.phone, areaCode),
          email: c.email,
          position,
        })),
      },
    },
    select: { id: true },
  });
  await writeRelations(tx, offer.id, { ...after, ...nothing }, after);
  const logged = options.audit?.({ slug, after }) ?? { after: { ...after, slug } };
  await writeAuditEntry(tx, { actor: ctx.user, action: "offer.create", entityType: "offer", entityId: offer.id, ...logged, ip: ctx.ip });
  return { status: "created", offerId: offer.id, offerSlug: slug, citySlug: city.citySlug, published: after.status === "PUBLISHED" };
}

/**
 * Creates (`before` is a NewOffer) or changes an offer inside the caller's
 * transaction. A PROVIDER_EDITOR's change becomes a pending revision and their new
 * offer a DRAFT; an update matches only while the offer still has `before.version`
 * in the user's scope, else OfferVersionConflict is thrown. Every write is audited.
 */
export async function writeOffer(
  tx: Prisma.TransactionClient,
  ctx: ActingContext,
  before: StoredOffer | NewOffer,
  after: OfferEditValues,
  options: OfferWriteOptions,
): Promise<OfferWriteResult> {
  const reviewed = !can(ctx.user, "offer.publish");
  if (!("id" in before)) {
    const target = reviewed ? { ...after, status: "DRAFT" as const } : after;
    if (!(await areChoicesAllowed(tx, ctx, before.cityId, target))) return { status: "invalidChoice" };
    return createOfferRow(tx, ctx, before, target, options, await readAreaCode(tx, before.cityId));
  }
  if (!(await areChoicesAllowed(tx, ctx, before.cityId, after, before.values))) return { status: "invalidChoice" };
  if (reviewed) {
    const revision = await tx.revision.create({
      data: { entityType: "offer", entityId: before.id, baseVersion: before.version, before: before.values, after, authorId: ctx.user.id },
      select: { id: true },
    });
    await writeAuditEntry(tx, {
      actor: ctx.user,
      action: "offer.submit",
      entityType: "offer",
      entityId: before.id,
      before: before.values,
      after,
      ip: ctx.ip,
    });
    return { status: "submitted", revisionId: revision.id };
  }
  // The version in the WHERE is what makes concurrent writes safe: the second UPDATE
  // waits for the first to commit, then matches no row.
  const publish = after.status === "PUBLISHED" && before.values.status !== "PUBLISHED";
  const areaCode = await readAreaCode(tx, before.cityId);
  const { count } = await tx.offer.updateMany({
    where: { AND: [{ id: before.id, version: before.version }, options.scope] },
    data: { ...columnsOf(after, areaCode), ...(publish ? { publishedAt: options.now } : {}), version: { increment: 1 } },
  });
  if (count !== 1) throw new OfferVersionConflict();
  await writeRelations(tx, before.id, before.values, after);
  const contacts = await writeContacts(tx, before.id, before.values, after, options.removeContactIds ?? [], areaCode);
  const logged = options.audit?.({ slug: before.slug, after }) ?? { before: before.values, after: { ...after, contacts } };
  await writeAuditEntry(tx, { actor: ctx.user, action: "offer.update", entityType: "offer", entityId: before.id, ...logged, ip: ctx.ip });
  return { status: "saved", offerId: before.id, version: before.version + 1, offerSlug: before.slug, citySlug: before.citySlug };
}
