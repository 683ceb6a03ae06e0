import "server-only";
import { verifyPassword } from "../passwords";
import type { ActingUser } from "../types";
import { findSignInCandidate } from "./data";
import { createSession, markLoginAttemptSucceeded, reserveLoginAttempt } from "./mutations";

export type SignInInput = { email: string; password: string; ip: string; now: Date };

export type SignInResult =
  | { status: "signedIn"; token: string; user: ActingUser }
  | { status: "throttled"; retryAfterMinutes: number }
  | { status: "invalidCredentials" };

export type PasswordVerifier = (storedHash: string | null, password: string) => Promise<boolean>;

/**
 * The whole password sign-in, free of Next.js: the server action reads the request
 * and sets the cookie; everything that decides lives here. The verifier is a
 * parameter so tests can count how many passwords were actually compared.
 */
export async function signInWithPassword(input: SignInInput, verify: PasswordVerifier = verifyPassword): Promise<SignInResult> {
  const { email, password, ip, now } = input;
  // Recorded as a failure before the check: a crash or a wrong password leaves it counted.
  const reservation = await reserveLoginAttempt(email, ip, now);
  if (!reservation.allowed) return { status: "throttled", retryAfterMinutes: reservation.retryAfterMinutes };
  const candidate = await findSignInCandidate(email);
  // Always one argon2 verification, whether or not the account exists.
  const matches = await verify(candidate?.passwordHash ?? null, password);
  if (!matches || !candidate || candidate.disabled) return { status: "invalidCredentials" };
  await markLoginAttemptSucceeded(reservation.attemptId, now);
  const user = { id: candidate.id, email: candidate.email, role: candidate.role };
  return { status: "signedIn", token: await createSession(user, ip, now), user };
}
