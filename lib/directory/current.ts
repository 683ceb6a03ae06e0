import type { Prisma } from "@/lib/generated/prisma/client";
import { getBerlinDay } from "./period";

// Public reads: only published offers ever leave lib/directory.
export const published = { status: "PUBLISHED" } as const;

// Lists and counts show current offers only: a project whose stated period is over
// stays reachable at its own address (with a notice) but is not offered as help today.
export function current(): Prisma.OfferWhereInput {
  return { ...published, OR: [{ validUntil: null }, { validUntil: { gte: getBerlinDay() } }] };
}
