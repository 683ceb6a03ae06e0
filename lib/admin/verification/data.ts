import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerScopeFor } from "../scope-data";
import type { ActingUser, ScopeOption } from "../types";
import { getVerificationCutoff, toDateValue } from "./rules";

export const verificationPageSize = 50;

export type VerificationFilter = { cityId?: string; providerId?: string; page: number };

export type VerificationListItem = {
  id: string;
  name: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  cityName: string;
  providerName: string | null;
  lastVerifiedAt: Date | null;
};

export type VerificationPage = { offers: VerificationListItem[]; total: number; page: number; pageCount: number; cutoff: string };

/** Offers not checked since the cutoff (or never), archived ones aside; combine with a scope. */
export function dueForVerificationWhere(today: string): Prisma.OfferWhereInput {
  return {
    status: { not: "ARCHIVED" },
    OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: toDateValue(getVerificationCutoff(today)) } }],
  };
}

/** Never-checked offers first, then the longest unchecked; name and id keep pages stable. */
export const dueForVerificationOrder = [
  { lastVerifiedAt: { sort: "asc", nulls: "first" } },
  { name: "asc" },
  { id: "asc" },
] satisfies Prisma.OfferOrderByWithRelationInput[];

export async function listOffersDueForVerification(user: ActingUser, filter: VerificationFilter, today: string): Promise<VerificationPage> {
  const where: Prisma.OfferWhereInput = {
    AND: [
      await offerScopeFor(user),
      dueForVerificationWhere(today),
      filter.cityId ? { cityId: filter.cityId } : {},
      filter.providerId ? { providerId: filter.providerId } : {},
    ],
  };
  const db = getDb();
  const [total, rows] = await db.$transaction([
    db.offer.count({ where }),
    db.offer.findMany({
      where,
      select: {
        id: true,
        name: true,
        version: true,
        status: true,
        lastVerifiedAt: true,
        city: { select: { name: true } },
        provider: { select: { name: true } },
      },
      orderBy: dueForVerificationOrder,
      skip: (filter.page - 1) * verificationPageSize,
      take: verificationPageSize,
    }),
  ]);
  return {
    offers: rows.map(({ city, provider, ...row }) => ({ ...row, cityName: city.name, providerName: provider?.name ?? null })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / verificationPageSize)),
    cutoff: getVerificationCutoff(today),
  };
}

/** The cities and Träger of the offers in the user's scope, for the list filters. */
export async function listScopedFilterOptions(user: ActingUser): Promise<{ cities: ScopeOption[]; providers: ScopeOption[] }> {
  const scope = await offerScopeFor(user);
  const db = getDb();
  const [cities, providers] = await Promise.all([
    db.city.findMany({ where: { offers: { some: scope } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.provider.findMany({
      where: { offers: { some: scope } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  return { cities, providers };
}
