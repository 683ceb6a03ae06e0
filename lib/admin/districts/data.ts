import "server-only";
import { getDb } from "@/lib/db";
import { editableCityScopeFor } from "../scope-data";
import type { ActingUser } from "../types";

export type DistrictListItem = { id: string; name: string; slug: string; stadtteile: string[] };
/** With the staff's notes on where the division comes from (full, internal remarks included). */
export type CityDistricts = {
  id: string;
  name: string;
  districtsSource: string | null;
  stadtteileSource: string | null;
  districts: DistrictListItem[];
};

/** The cities the acting user may change districts of, each with its districts. */
export async function listDistrictsForUser(user: ActingUser): Promise<CityDistricts[]> {
  return getDb().city.findMany({
    where: await editableCityScopeFor(user),
    select: {
      id: true,
      name: true,
      districtsSource: true,
      stadtteileSource: true,
      districts: { select: { id: true, name: true, slug: true, stadtteile: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
    orderBy: { name: "asc" },
  });
}
