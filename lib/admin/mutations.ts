import "server-only";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "./audit/mutations";
import { isActiveAdmin } from "./auth/data";
import { passwordTokenLifetimeMs } from "./auth/lifetimes";
import { offerEditSelect, offerScopeFor, toOfferForEdit } from "./data";
import type { InviteUserInput, OfferEditInput } from "./schema";
import { generateToken, hashToken } from "./tokens";
import type { ActingContext, OfferContactValues, OfferEditValues, OfferForEdit, OfferUpdateResult } from "./types";

// Thrown inside a transaction to roll it back when the version check fails at write time.
class VersionConflict extends Error {}

function toEditValues(offer: OfferForEdit): OfferEditValues {
  const { name, summary, description, street, postcode, locality, phone, email, website, contacts } = offer;
  return { name, summary, description, street, postcode, locality, phone, email, website, contacts };
}

function applyInput(before: OfferEditValues, input: OfferEditInput): OfferEditValues {
  const kept: OfferContactValues[] = input.contacts
    .filter((c) => !c.remove)
    .map(({ id, name, role, department, phone, email }) => ({ id, name, role, department, phone, email }));
  return {
    ...before,
    name: input.name,
    summary: input.summary,
    description: input.description,
    street: input.street,
    postcode: input.postcode,
    locality: input.locality,
    phone: input.phone,
    email: input.email,
    website: input.website,
    contacts: kept,
  };
}

/**
 * Saves the offer form. The record is changed only when it is in the acting user's
 * scope AND still has the version the form was loaded with; a PROVIDER_EDITOR's
 * change becomes a pending revision instead. Every outcome that writes is audited.
 */
export async function updateOffer(ctx: ActingContext, input: OfferEditInput): Promise<OfferUpdateResult> {
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
          name: after.name,
          summary: after.summary,
          description: after.description,
          street: after.street,
          postcode: after.postcode,
          locality: after.locality,
          phone: after.phone,
          email: after.email,
          website: after.website,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new VersionConflict();

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
