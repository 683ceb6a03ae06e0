import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { parseReferralCookie, referralCookieName } from "./slugs";

// The reader's own list as stored; slugs of offers since unpublished are
// filtered out where the list is shown (lib/referral/data.ts).
export const getReferralSlugs = cache(async (): Promise<string[]> => {
  const store = await cookies();
  return parseReferralCookie(store.get(referralCookieName)?.value);
});
