/** The reason to print for a failed command: a thrown value may be anything, even undefined. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "it failed without giving a reason";
}
