import { randomBytes } from "node:crypto";
import type { DatabaseClient } from "@/lib/database/client";
import type { OfferSaveInput } from "@/lib/admin/schema";
import type { ActingUser, OfferForEdit, Role } from "@/lib/admin/types";

// Own rows for the admin integration tests: two cities, two Träger, three offers and
// one account per role, all removed again by cleanup().
//   offer A: city 1, Träger 1   offer B: city 2, Träger 2   offer C: city 1, Träger 2
export async function createAdminWorld(db: DatabaseClient) {
  const tag = randomBytes(3).toString("hex");
  const type = await db.offerType.create({ data: { slug: `adm-type-${tag}`, name: "Testtyp" }, select: { id: true } });
  const city1 = await db.city.create({
    data: { slug: `adm-eins-${tag}`, name: `Einsstadt ${tag}`, bundesland: "NRW" },
    select: { id: true, slug: true },
  });
  const city2 = await db.city.create({
    data: { slug: `adm-zwei-${tag}`, name: `Zweistadt ${tag}`, bundesland: "NRW" },
    select: { id: true, slug: true },
  });
  const provider1 = await db.provider.create({
    data: { slug: `adm-traeger-1-${tag}`, name: "Träger Eins", cityId: city1.id },
    select: { id: true },
  });
  const provider2 = await db.provider.create({
    data: { slug: `adm-traeger-2-${tag}`, name: "Träger Zwei", cityId: city2.id },
    select: { id: true },
  });
  const offer = (key: string, cityId: string, providerId: string) =>
    db.offer.create({
      data: {
        slug: `adm-offer-${key}-${tag}`,
        name: `Angebot ${key}`,
        summary: "Kurz",
        description: "Lang",
        typeId: type.id,
        cityId,
        providerId,
        status: "PUBLISHED",
        contacts: { create: { name: `Kontakt ${key}`, phone: "0211 123" } },
      },
      select: { id: true },
    });
  const offers = {
    A: await offer("a", city1.id, provider1.id),
    B: await offer("b", city2.id, provider2.id),
    C: await offer("c", city1.id, provider2.id),
  };
  const user = async (
    key: string,
    role: Role,
    extra: { cityId?: string; providerId?: string; disabled?: boolean } = {},
  ): Promise<ActingUser> => {
    const email = `${key}-${tag}@example.org`;
    const created = await db.user.create({
      data: {
        email,
        role,
        disabled: extra.disabled ?? false,
        cities: extra.cityId ? { create: { cityId: extra.cityId } } : undefined,
        providers: extra.providerId ? { create: { providerId: extra.providerId } } : undefined,
      },
      select: { id: true },
    });
    return { id: created.id, email, role };
  };
  const users = {
    admin: await user("admin", "ADMIN"),
    cityEditor: await user("stadt", "CITY_EDITOR", { cityId: city1.id }),
    providerEditor: await user("traeger", "PROVIDER_EDITOR", { providerId: provider1.id }),
    disabledEditor: await user("gesperrt", "CITY_EDITOR", { cityId: city1.id, disabled: true }),
  };
  async function cleanup() {
    const userIds = Object.values(users).map((u) => u.id);
    const offerIds = Object.values(offers).map((o) => o.id);
    await db.auditEntry.deleteMany({ where: { OR: [{ actorId: { in: userIds } }, { entityId: { in: [...userIds, ...offerIds] } }] } });
    await db.revision.deleteMany({ where: { entityId: { in: offerIds } } });
    await db.user.deleteMany({ where: { id: { in: userIds } } });
    await db.offer.deleteMany({ where: { id: { in: offerIds } } });
    await db.provider.deleteMany({ where: { id: { in: [provider1.id, provider2.id] } } });
    await db.city.deleteMany({ where: { id: { in: [city1.id, city2.id] } } });
    await db.offerType.delete({ where: { id: type.id } });
  }
  return { tag, city1, city2, provider1, provider2, offers, users, cleanup };
}

export function toEditInput(offer: OfferForEdit, changes: Partial<OfferSaveInput> = {}): OfferSaveInput {
  return {
    locale: "de",
    offerId: offer.id,
    version: offer.version,
    name: offer.name,
    summary: offer.summary,
    description: offer.description,
    street: offer.street,
    postcode: offer.postcode,
    locality: offer.locality,
    phone: offer.phone,
    email: offer.email,
    website: offer.website,
    contacts: offer.contacts.map((c) => ({ ...c, remove: false })),
    ...changes,
  };
}
