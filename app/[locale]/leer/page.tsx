import type { Metadata } from "next";
import { routing } from "@/lib/i18n/routing";

// An empty page of the same build, prerendered: the baseline `npm run bench`
// compares every public route against. Not linked anywhere, not indexed.
export const dynamic = "force-static";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const metadata: Metadata = { title: "–", robots: { index: false, follow: false } };

export default function EmptyPage() {
  return <h1 className="sr-only">–</h1>;
}
