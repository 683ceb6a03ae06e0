import { contrastSchema, textSizeSchema } from "./schema";
import type { ReadingPreferences } from "./schema";

export const readingHelpCookieName = "lesehilfe";
export const readingHelpCookieMaxAge = 60 * 60 * 24 * 365;

export const defaultReadingPreferences: ReadingPreferences = { textSize: "normal", contrast: "normal" };

// Cookie value "<size>.<contrast>", e.g. "sehr-gross.hoch"; any unknown part falls back on its own.
export function parseReadingPreferences(value: string | undefined | null): ReadingPreferences {
  if (!value || value.length > 40) return defaultReadingPreferences;
  const [size, contrast] = value.split(".");
  const textSize = textSizeSchema.safeParse(size);
  const mode = contrastSchema.safeParse(contrast);
  return {
    textSize: textSize.success ? textSize.data : defaultReadingPreferences.textSize,
    contrast: mode.success ? mode.data : defaultReadingPreferences.contrast,
  };
}

export function serializeReadingPreferences(preferences: ReadingPreferences): string {
  return `${preferences.textSize}.${preferences.contrast}`;
}

export function isDefaultReadingPreferences(preferences: ReadingPreferences): boolean {
  return preferences.textSize === defaultReadingPreferences.textSize && preferences.contrast === defaultReadingPreferences.contrast;
}
