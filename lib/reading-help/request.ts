import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { parseReadingPreferences, readingHelpCookieName } from "./preferences";
import type { ReadingPreferences } from "./schema";

export const getReadingPreferences = cache(async (): Promise<ReadingPreferences> => {
  const store = await cookies();
  return parseReadingPreferences(store.get(readingHelpCookieName)?.value);
});
