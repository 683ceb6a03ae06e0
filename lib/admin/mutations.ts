import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "./audit/mutations";
import { isActiveAdmin } from "./auth/data";
import { passwordTokenLifetimeMs } from "./auth/lifetimes";
import { offerEditSelect, toOfferForEdit } from "./data";
import { cityScopeFor, offerScopeFor } from "./scope-data";
import { districtsFor } from "./offer-rules";
import { OfferVersionConflict, toStoredOffer, writeOffer } from "./offers/mutations";
import type { OfferCreateInput, OfferSaveInput, OfferStatusInput } from "./schema";
import type { InviteUserInput } from "./auth/schema";
import { generateToken, hashToken } from "./tokens";
import type { ActingContext, OfferContactValues, OfferCreateResult, OfferEditValues, OfferUpdateResult } from "./types";

const inputOnlyKeys = new Set(["locale", "offerId", "version", "contacts"]);

/** A field the input leaves out keeps its value. */
function applyInput(before: OfferEditValues, input: OfferSaveInput): OfferEditValues {
  const kept: OfferContactValues[] = input.contacts
    .filter((c) => !c.remove)
    .map(({ id, name, role, department, phone, email }) => ({ id, name, role, department, phone, email }));
  const given = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && !inputOnlyKeys.has(key)));
  const after = { ...before, ...given, contacts: kept } as OfferEditValues;
  return { ...after, districtIds: districtsFor(after.servesWholeCity, after.districtIds) };
}

/**
 * Saves the offer form (and restores, approvals, archive and restore): checked,
 * locked, reviewed and audited by writeOffer.
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

      const stored = toStoredOffer(current);
      const removeContactIds = input.contacts.filter((c) => c.remove && c.id).map((c) => c.id!);
      const result = await writeOffer(tx, ctx, stored, applyInput(stored.values, input), { scope, now: new Date(), removeContactIds });
      if (result.status === "created") throw new Error("an update cannot create");
      if (result.status !== "saved") return result;
      return { status: "saved", version: result.version, offerSlug: result.offerSlug, citySlug: result.citySlug };
    });
  } catch (error) {
    if (!(error instanceof OfferVersionConflict)) throw error;
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
    ...toStoredOffer(current).values,
    locale: input.locale,
    offerId: current.id,
    version: input.version,
    contacts: current.contacts.map((c) => ({ ...c, remove: false })),
    status: input.status,
  });
}

/**
 * Creates an offer in a city of the user's scope. A PROVIDER_EDITOR's new offer is
 * always a DRAFT (writeOffer): a revision needs an existing record, so the draft
 * itself is what the city's reviewers check and publish.
 */
export async function createOffer(ctx: ActingContext, input: OfferCreateInput): Promise<OfferCreateResult> {
  const [cityScope, scope] = await Promise.all([cityScopeFor(ctx.user), offerScopeFor(ctx.user)]);
  return getDb().$transaction(async (tx): Promise<OfferCreateResult> => {
    const city = await tx.city.findFirst({ where: { id: input.cityId, ...cityScope }, select: { id: true, slug: true } });
    if (!city) return { status: "notFound" };
    const { contacts } = input;
    const fields = Object.fromEntries(Object.entries(input).filter(([key]) => !["locale", "cityId", "contacts"].includes(key))) as Omit<
      OfferCreateInput,
      "locale" | "cityId" | "contacts"
    >;
    const after: OfferEditValues = {
      ...fields,
      contacts: contacts
        .filter((c) => !c.remove)
        .map(({ name, role, department, phone, email }) => ({ id: null, name, role, department, phone, email })),
    };
    const result = await writeOffer(tx, ctx, { cityId: city.id, citySlug: city.slug }, after, { scope, now: new Date() });
    if (result.status === "created" || result.status === "invalidChoice") return result;
    throw new Error("a create cannot update");
  });
}

export type InviteResult =
  { status: "invited"; userId: string; token: string } | { status: "emailTaken" } | { status: "forbidden" } | { status: "unknownScope" };

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
