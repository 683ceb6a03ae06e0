// Session lifetime: a session ends after 8 hours without a request (sliding) and
// after 7 days in any case; the database row is the authority, the cookie only
// carries the token.
export const sessionIdleMs = 8 * 60 * 60 * 1000;
export const sessionMaxAgeMs = 7 * 24 * 60 * 60 * 1000;
// Renew at most every 5 minutes so that reading pages does not write on every request.
export const sessionRenewAfterMs = 5 * 60 * 1000;

export function computeSessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + sessionIdleMs, createdAt.getTime() + sessionMaxAgeMs));
}

export function isSessionExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

export function shouldRenewSession(renewedAt: Date, now: Date): boolean {
  return now.getTime() - renewedAt.getTime() >= sessionRenewAfterMs;
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Secure cookies everywhere except plain http on this machine (development and the
 * end-to-end tests), where a Secure cookie would not be sent back. The __Host- prefix
 * additionally pins the cookie to this host and path "/".
 */
export function sessionCookieSettings(protocol: string | null, host: string | null) {
  const hostname = (host ?? "").replace(/:\d+$/, "").toLowerCase();
  const secure = !(protocol === "http" && loopbackHosts.has(hostname));
  return {
    name: secure ? "__Host-swg-admin" : "swg-admin",
    options: { httpOnly: true, secure, sameSite: "lax", path: "/", maxAge: sessionMaxAgeMs / 1000 },
  } as const;
}

// Enough for every device a person uses; a stolen password cannot pile up sessions.
export const maxSessionsPerAccount = 10;

/** The sessions to end so that at most `max` remain: the oldest first, by start time. */
export function sessionsBeyondCap(sessions: readonly { id: string; createdAt: Date }[], max: number = maxSessionsPerAccount): string[] {
  const newestFirst = [...sessions].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  return newestFirst.slice(Math.max(max, 0)).map((s) => s.id);
}
