import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "./audit/mutations";
import { isActiveAdmin } from "./auth/data";
import { passwordTokenLifetimeMs } from "./auth/lifetimes";
import { pickFreeSlug, toOfferSlugBase } from "./csv/slug";
import { cityScopeFor, findChoosableProviders, offerEditSelect, offerScopeFor, toOfferForEdit } from "./data";
import { districtsFor, isProviderChoiceAllowed, offerLanguages } from "./offer-rules";
import { offerTextFields, pickTextValues } from "./offers/fields";
import type { InviteUserInput, OfferCreateInput, OfferSaveInput, OfferStatusInput } from "./schema";
import { generateToken, hashToken } from "./tokens";
import type { ActingContext, OfferContactValues, OfferCreateResult, OfferEditValues, OfferForEdit, OfferUpdateResult } from "./types";

// Thrown inside a transaction to roll it back when the version check fails at write time.
class VersionConflict extends Error {}

const identityKeys = new Set(["id", "slug", "version", "city", "providerName", "updatedAt"]);

function toEditValues(offer: OfferForEdit): OfferEditValues {
  return Object.fromEntries(Object.entries(offer).filter(([key]) => !identityKeys.has(key))) as OfferEditValues;
}

const inputOnlyKeys = new Set(["locale", "offerId", "version", "contacts"]);

/** A field the input leaves out keeps its value (revisions written before the field existed). */
function applyInput(before: OfferEditValues, input: OfferSaveInput): OfferEditValues {
  const kept: OfferContactValues[] = input.contacts
    .filter((c) => !c.remove)
    .map(({ id, name, role, department, phone, email }) => ({ id, name, role, department, phone, email }));
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && !inputOnlyKeys.has(key)));
  const after = { ...before, ...given, contacts: kept } as OfferEditValues;
  return { ...after, districtIds: districtsFor(after.servesWholeCity, after.districtIds) };
}

/** Every id the form may pick must exist and lie in the offer's city or the user's reach. */
async function areChoicesAllowed(tx: Prisma.TransactionClient, ctx: ActingContext, cityId: string, after: OfferEditValues, savedProviderId?: string | null) {
  const counts = (ids: string[], count: (ids: string[]) => Promise<number>) => (ids.length === 0 ? Promise.resolve(true) : count(ids).then((n) => n === ids.length));
  const providerOk = async () => {
    const chosen = after.providerId;
    const choosable = chosen === null ? [] : await findChoosableProviders(tx, ctx.user, cityId, { id: chosen });
    return isProviderChoiceAllowed(ctx.user.role, { chosen, saved: savedProviderId, choosable: new Set(choosable.map((p) => p.id)) });
  };
  // One after the other: queries of one transaction share one connection.
  const checks = [
    () => tx.offerType.count({ where: { id: after.typeId } }).then((n) => n === 1),
    providerOk,
    () => counts(after.districtIds, (ids) => tx.district.count({ where: { id: { in: ids }, cityId } })),
    () => counts(after.accessibilityIds, (ids) => tx.accessibilityFeature.count({ where: { id: { in: ids } } })),
    () => counts(after.targetGroupIds, (ids) => tx.targetGroup.count({ where: { id: { in: ids } } })),
    () => counts(after.handlungsfeldIds, (ids) => tx.handlungsfeld.count({ where: { id: { in: ids } } })),
  ];
  if (!after.languages.every((code) => (offerLanguages as readonly string[]).includes(code))) return false;
  for (const check of checks) if (!(await check())) return false;
  return true;
}

async function writeOfferValues(tx: Prisma.TransactionClient, offerId: string, before: OfferEditValues, after: OfferEditValues) {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
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
    await tx.openingHours.createMany({ data: after.hours.map((h) => ({ offerId, weekday: h.weekday, opens: h.opens, closes: h.closes, note: h.note })) });
  }
  if (!same(before.exceptions, after.exceptions)) {
    await tx.scheduleException.deleteMany({ where: { offerId } });
    await tx.scheduleException.createMany({
      data: after.exceptions.map((e) => ({ offerId, date: new Date(`${e.date}T00:00:00Z`), closed: e.closed, opens: e.opens, closes: e.closes, note: e.note })),
    });
  }
}

/**
 * Saves the offer form. The record is changed only when it is in the acting user's
 * scope AND still has the version the form was loaded with; a PROVIDER_EDITOR's
 * change becomes a pending revision instead. Every outcome that writes is audited.
 */
export async function updateOffer(ctx: ActingContext, input: OfferSaveInput): Promise<OfferUpdateResult> {
  const scope = await offerScopeFor(ctx.user);
  const db = getDb();
  try {
    return await db.$transaction(async (tx): Promise<OfferUpdateResult> => {
      const row = await tx.offer.findFirst({ where: { id: input.offerId, ...scope }, select: offerEditSelect });
      if (!row) return { status: "notFound" };
      const current = toOfferForEdit(row);
      if (current.version !== input.version) return { status: "conflict", current };
      const existingIds = new Set(current.contacts.map((c) => c.id));
      if (input.contacts.some((c) => c.id !== null && !existingIds.has(c.id))) return { status: "invalidContact" };

      const before = toEditValues(current);
      const after = applyInput(before, input);
      if (!(await areChoicesAllowed(tx, ctx, current.city.id, after, before.providerId))) return { status: "invalidChoice" };
      if (ctx.user.role === "PROVIDER_EDITOR") {
        const revision = await tx.revision.create({
          data: { entityType: "offer", entityId: current.id, baseVersion: current.version, before, after, authorId: ctx.user.id },
          select: { id: true },
        });
        await writeAuditEntry(tx, { actor: ctx.user, action: "offer.submit", entityType: "offer", entityId: current.id, before, after, ip: ctx.ip });
        return { status: "submitted", revisionId: revision.id };
      }

      // The version in the WHERE is what makes concurrent saves safe: the second
      // UPDATE waits for the first to commit, then matches no row.
      const { count } = await tx.offer.updateMany({
        where: { id: current.id, version: input.version, ...scope },
        data: {
          ...pickTextValues(offerTextFields, after),
          typeId: after.typeId,
          providerId: after.providerId,
          status: after.status,
          publishedAt: after.status === "PUBLISHED" && before.status !== "PUBLISHED" ? new Date() : undefined,
          servesWholeCity: after.servesWholeCity,
          latitude: after.latitude,
          longitude: after.longitude,
          languages: after.languages,
          freeOfCharge: after.freeOfCharge,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new VersionConflict();
      await writeOfferValues(tx, current.id, before, after);

      const removeIds = input.contacts.filter((c) => c.remove && c.id).map((c) => c.id!);
      if (removeIds.length) await tx.contact.deleteMany({ where: { offerId: current.id, id: { in: removeIds } } });
      let position = 0;
      const saved: OfferContactValues[] = [];
      for (const contact of after.contacts) {
        const data = { name: contact.name, role: contact.role, department: contact.department, phone: contact.phone, email: contact.email, position };
        if (contact.id) {
          await tx.contact.updateMany({ where: { id: contact.id, offerId: current.id }, data });
          saved.push(contact);
        } else {
          const created = await tx.contact.create({ data: { ...data, offerId: current.id }, select: { id: true } });
          saved.push({ ...contact, id: created.id });
        }
        position += 1;
      }
      await writeAuditEntry(tx, {
        actor: ctx.user,
        action: "offer.update",
        entityType: "offer",
        entityId: current.id,
        before,
        after: { ...after, contacts: saved },
        ip: ctx.ip,
      });
      return { status: "saved", version: input.version + 1, offerSlug: current.slug, citySlug: current.city.slug };
    });
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const row = await db.offer.findFirst({ where: { id: input.offerId, ...scope }, select: offerEditSelect });
    return row ? { status: "conflict", current: toOfferForEdit(row) } : { status: "notFound" };
  }
}

/**
 * Archive (ARCHIVED) or restore (DRAFT, so that it is checked before it goes public
 * again): the same locked, scoped and audited save path as the form, changing only the status.
 */
export async function changeOfferStatus(ctx: ActingContext, input: OfferStatusInput): Promise<OfferUpdateResult> {
  const row = await getDb().offer.findFirst({ where: { id: input.offerId, ...(await offerScopeFor(ctx.user)) }, select: offerEditSelect });
  if (!row) return { status: "notFound" };
  const current = toOfferForEdit(row);
  return updateOffer(ctx, {
    ...toEditValues(current),
    locale: input.locale,
    offerId: current.id,
    version: input.version,
    contacts: current.contacts.map((c) => ({ ...c, remove: false })),
    status: input.status,
  });
}

/**
 * Creates an offer in a city of the user's scope. A PROVIDER_EDITOR's new offer is
 * always a DRAFT: a revision needs an existing record, so the draft itself is what
 * the city's reviewers check and publish.
 */
export async function createOffer(ctx: ActingContext, input: OfferCreateInput): Promise<OfferCreateResult> {
  const cityScope = await cityScopeFor(ctx.user);
  return getDb().$transaction(async (tx): Promise<OfferCreateResult> => {
    const city = await tx.city.findFirst({ where: { id: input.cityId, ...cityScope }, select: { id: true, slug: true } });
    if (!city) return { status: "notFound" };
    const { contacts } = input;
    const fields = Object.fromEntries(Object.entries(input).filter(([key]) => !["locale", "cityId", "contacts"].includes(key))) as Omit<OfferCreateInput, "locale" | "cityId" | "contacts">;
    const after: OfferEditValues = {
      ...fields,
      status: ctx.user.role === "PROVIDER_EDITOR" ? "DRAFT" : fields.status,
      contacts: contacts.filter((c) => !c.remove).map(({ name, role, department, phone, email }) => ({ id: null, name, role, department, phone, email })),
    };
    if (!(await areChoicesAllowed(tx, ctx, city.id, after))) return { status: "invalidChoice" };
    const base = toOfferSlugBase(city.slug, after.name);
    const taken = new Set((await tx.offer.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug));
    const slug = pickFreeSlug(base, taken);
    const offer = await tx.offer.create({
      data: {
        slug,
        cityId: city.id,
        ...pickTextValues(offerTextFields, after),
        typeId: after.typeId,
        providerId: after.providerId,
        status: after.status,
        publishedAt: after.status === "PUBLISHED" ? new Date() : null,
        servesWholeCity: after.servesWholeCity,
        latitude: after.latitude,
        longitude: after.longitude,
        languages: after.languages,
        freeOfCharge: after.freeOfCharge,
        contacts: { create: after.contacts.map((c, position) => ({ name: c.name, role: c.role, department: c.department, phone: c.phone, email: c.email, position })) },
      },
      select: { id: true },
    });
    const nothing = { ...after, districtIds: [], accessibilityIds: [], targetGroupIds: [], handlungsfeldIds: [], hours: [], exceptions: [] };
    await writeOfferValues(tx, offer.id, nothing, after);
    await writeAuditEntry(tx, { actor: ctx.user, action: "offer.create", entityType: "offer", entityId: offer.id, after: { ...after, slug }, ip: ctx.ip });
    return { status: "created", offerId: offer.id, offerSlug: slug, citySlug: city.slug, published: after.status === "PUBLISHED" };
  });
}

export type InviteResult =
  | { status: "invited"; userId: string; token: string }
  | { status: "emailTaken" }
  | { status: "forbidden" }
  | { status: "unknownScope" };

/** ADMIN only: creates an account without a password and a one-time set-password token. */
export async function inviteUser(ctx: ActingContext, input: InviteUserInput, now: Date): Promise<InviteResult> {
  if (!(await isActiveAdmin(ctx.user.id))) return { status: "forbidden" };
  const token = generateToken();
  try {
    const userId = await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          cities: { create: input.cityIds.map((cityId) => ({ cityId })) },
          providers: { create: input.providerIds.map((providerId) => ({ providerId })) },
          passwordTokens: { create: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + passwordTokenLifetimeMs) } },
        },
        select: { id: true },
      });
      await writeAuditEntry(tx, {
        actor: ctx.user,
        action: "user.invite",
        entityType: "user",
        entityId: user.id,
        after: { email: input.email, name: input.name, role: input.role, cityIds: input.cityIds, providerIds: input.providerIds },
        ip: ctx.ip,
      });
      return user.id;
    });
    return { status: "invited", userId, token };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === "P2002") return { status: "emailTaken" };
      if (error.code === "P2003") return { status: "unknownScope" };
    }
    throw error;
  }
}
