import { Link } from "@/lib/i18n/navigation";
import type { DistrictTerm } from "@/lib/directory/types";

// Each tile names the Stadtteile a district is made of: nobody in Bilk knows that
// "Stadtbezirk 3" is theirs. Place names are German on every page.
export function DistrictNav({
  heading,
  intro,
  citySlug,
  districts,
  current,
}: {
  heading: string;
  intro?: string;
  citySlug: string;
  districts: DistrictTerm[];
  current?: string;
}) {
  if (districts.length === 0) return null;
  return (
    <nav aria-labelledby="district-nav-heading" className="mt-10 no-print">
      <h2 id="district-nav-heading" className="text-2xl">
        {heading}
      </h2>
      {intro ? <p className="mt-2">{intro}</p> : null}
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" lang="de">
        {districts.map((d) => (
          <li key={d.slug}>
            <Link
              href={`/staedte/${citySlug}/${d.slug}`}
              aria-current={d.slug === current ? "page" : undefined}
              className="nav-tile flex-col items-start"
            >
              <span className="font-bold">{d.name}</span>
              {d.stadtteile.length > 0 && d.stadtteile.join(", ") !== d.name ? (
                <span className="text-base">{d.stadtteile.join(", ")}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
