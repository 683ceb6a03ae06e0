import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";
import { isSameOriginPost, toRefererPath, toSafeReturnPath } from "./return-path";

// Shared by the POST-and-redirect route handlers that make the site work without JavaScript.

export function seeOther(location: string): NextResponse {
  // A relative Location keeps the redirect on whatever host the reader used.
  return new NextResponse(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

function requestHost(request: NextRequest): string | null {
  return request.headers.get("x-forwarded-host") ?? request.headers.get("host");
}

export function isCrossSitePost(request: NextRequest): boolean {
  return !isSameOriginPost(request.headers.get("origin"), requestHost(request));
}

export async function readFormFields(request: NextRequest): Promise<Record<string, string>> {
  const form = await request.formData().catch(() => null);
  if (!form) return {};
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") fields[key] = value;
  return fields;
}

// The form's own "zurueck" field wins, then the page the form was posted from, then the fallback.
export function resolveReturnPath(request: NextRequest, field: string | undefined, fallback: string): string {
  const referer = toRefererPath(request.headers.get("referer"), requestHost(request));
  return toSafeReturnPath(field, toSafeReturnPath(referer, fallback));
}

export function setPreferenceCookie(response: NextResponse, request: NextRequest, name: string, value: string, maxAge: number) {
  const secure = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  // httpOnly: nothing in the browser needs to read these; the server renders them.
  const options = { path: "/", httpOnly: true, sameSite: "lax", secure } as const;
  if (value === "") response.cookies.set(name, "", { ...options, maxAge: 0 });
  else response.cookies.set(name, value, { ...options, maxAge });
}
