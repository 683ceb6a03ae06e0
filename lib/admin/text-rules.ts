// Checks shared by the admin form schemas. They return an error CODE; the form maps
// codes to translated messages (Admin.errors.*), so no message ever repeats the input.
export const errorCodes = [
  "invalid",
  "required",
  "tooLong",
  "invalidText",
  "invalidEmail",
  "invalidPhone",
  "invalidPostcode",
  "invalidUrl",
  "tooMany",
  "contactEmpty",
  "passwordTooShort",
  "passwordMismatch",
  "scopeRequired",
  "invalidTime",
  "hoursOrder",
  "invalidDate",
  "invalidCoordinate",
  "coordinatesPair",
  "invalidPeriod",
  "periodOrder",
  "timesRequired",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (errorCodes as readonly string[]).includes(value);
}

export type TextFormat = "email" | "phone" | "postcode" | "url";

export type TextRule = { max: number; required?: boolean; multiline?: boolean; format?: TextFormat };

// C0/C1 control characters (NUL cannot even be stored in PostgreSQL text); a
// multi-line field keeps newlines and tabs.
const singleLineControl = /[\u0000-\u001f\u007f-\u009f]/;
const multiLineControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function normaliseText(raw: string, multiline = false): string {
  const unified = multiline ? raw.replace(/\r\n?/g, "\n") : raw;
  return unified.isWellFormed() ? unified.normalize("NFC").trim() : unified.trim();
}

const formats: Record<TextFormat, { test: (value: string) => boolean; code: ErrorCode }> = {
  email: { test: (v) => v.length <= 254 && /^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]{2,}$/.test(v), code: "invalidEmail" },
  phone: { test: (v) => /^\+?[0-9 ()/.-]+$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 3, code: "invalidPhone" },
  postcode: { test: (v) => /^[0-9]{5}$/.test(v), code: "invalidPostcode" },
  url: { test: isWebUrl, code: "invalidUrl" },
};

function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Checks a normalised value; null means valid. */
export function checkText(value: string, rule: TextRule): ErrorCode | null {
  if (value === "") return rule.required ? "required" : null;
  if (value.length > rule.max) return "tooLong";
  if (!value.isWellFormed() || (rule.multiline ? multiLineControl : singleLineControl).test(value)) return "invalidText";
  if (rule.format && !formats[rule.format].test(value)) return formats[rule.format].code;
  return null;
}
