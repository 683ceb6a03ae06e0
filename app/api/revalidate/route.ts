import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import { directoryTag } from "@/lib/directory/cache-tags";

// For changes made outside the app (a database edit, a data import, the test
// suite's own fixtures): expire cached public pages by tag. Disabled unless
// REVALIDATE_TOKEN is set.
const bodySchema = z.strictObject({
  tags: z
    .array(z.string().regex(/^(directory|city:[a-z0-9-]{1,120}|offer:[a-z0-9-]{1,160})$/))
    .min(1)
    .max(100)
    .default([directoryTag]),
});

function authorised(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  const token = process.env.REVALIDATE_TOKEN;
  if (!token) return Response.json({ error: "not_found" }, { status: 404 });
  if (!authorised(request.headers.get("authorization"), token)) {
    return Response.json({ error: "unauthorised" }, { status: 401 });
  }
  const parsed = bodySchema.safeParse(await request.json().catch(() => ({})));
  if (!parsed.success) return Response.json({ error: "invalid_tags" }, { status: 400 });
  // Expire at once (not stale-while-revalidate): the caller wants the next
  // request to show the new data.
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
