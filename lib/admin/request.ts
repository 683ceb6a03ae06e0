import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { findSessionUser } from "./auth/data";
import { renewSession } from "./auth/mutations";
import { sessionCookieSettings, shouldRenewSession } from "./session-rules";
import { hashToken, isWellFormedToken } from "./tokens";
import type { SessionUser } from "./types";

// Reading the request for the admin area: the session cookie, the client address.

export async function getCookieSettings() {
  const list = await headers();
  return sessionCookieSettings(list.get("x-forwarded-proto"), list.get("x-forwarded-host") ?? list.get("host"));
}

/**
 * The client's address as the nearest proxy saw it (the last X-Forwarded-For entry;
 * Next.js sets the header to the socket address when there is no proxy). Used for
 * throttling and the audit log only, never for authorisation.
 */
export async function getClientIp(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  const last =
    forwarded
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? "unknown";
  return last.slice(0, 64);
}

async function readSessionToken(): Promise<string | null> {
  const settings = await getCookieSettings();
  const value = (await cookies()).get(settings.name)?.value;
  return isWellFormedToken(value) ? value : null;
}

/** The signed-in user of this request, or null; renews the session's idle expiry. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const now = new Date();
  const found = await findSessionUser(hashToken(token), now);
  if (!found) return null;
  if (shouldRenewSession(found.session.renewedAt, now)) await renewSession(found.session.id, found.session.createdAt, now);
  return found.user;
});

/** For admin pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(locale: Locale): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/admin", locale });
  return user;
}

/**
 * Next.js already refuses cross-origin server actions; the admin area checks again
 * itself and, unlike the public forms, also refuses a POST without an Origin header.
 */
export async function isSameOriginRequest(): Promise<boolean> {
  const list = await headers();
  const origin = list.get("origin");
  const host = list.get("x-forwarded-host") ?? list.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
