import { createHash } from "node:crypto";
import { HsdsError } from "./errors";
import { clientKey, createRateLimiter, readRateLimitConfig } from "./rate-limit";

// HTTP behaviour shared by every /api/hsds route: per-address rate limit, JSON errors
// of one shape, CORS for GET, and revalidation with ETag / Last-Modified.

export type HsdsBody = { body: string; contentType: string; lastModified?: Date; filename?: string };

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After, Content-Disposition",
};
const cacheControl = "public, max-age=300";
const limiter = createRateLimiter();

export function jsonBody(data: unknown, lastModified?: Date): HsdsBody {
  return { body: JSON.stringify(data), contentType: "application/json; charset=utf-8", lastModified };
}

function errorResponse(error: HsdsError, extra: Record<string, string> = {}): Response {
  return Response.json(error.toBody(), {
    status: error.status,
    headers: { ...corsHeaders, "Cache-Control": "no-store", ...extra },
  });
}

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matchesEtag(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  // Weak comparison (RFC 9110 13.1.2): a W/ prefix on either side does not matter.
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

// HTTP dates have whole seconds.
function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function isNotModified(request: Request, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  // If-None-Match takes precedence; If-Modified-Since is only looked at without it.
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null || !lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && wholeSeconds(lastModified) <= Math.floor(since / 1000);
}

export async function handleHsdsGet(request: Request, produce: (url: URL) => Promise<HsdsBody>): Promise<Response> {
  const config = readRateLimitConfig();
  if (config) {
    const decision = limiter(clientKey(request.headers), config);
    if (!decision.allowed) {
      const error = new HsdsError(429, "rate_limited", "Too many requests; try again after the time in Retry-After.");
      return errorResponse(error, { "Retry-After": String(decision.retryAfterSeconds) });
    }
  }
  let result: HsdsBody;
  try {
    result = await produce(new URL(request.url));
  } catch (error) {
    if (error instanceof HsdsError) return errorResponse(error);
    console.error("hsds: request failed", request.url, error);
    return errorResponse(new HsdsError(500, "internal_error", "The request could not be answered; please try again later."));
  }
  const etag = etagOf(result.body);
  const headers: Record<string, string> = { ...corsHeaders, "Cache-Control": cacheControl, ETag: etag };
  if (result.lastModified) headers["Last-Modified"] = result.lastModified.toUTCString();
  if (isNotModified(request, etag, result.lastModified)) return new Response(null, { status: 304, headers });
  headers["Content-Type"] = result.contentType;
  if (result.filename) headers["Content-Disposition"] = `attachment; filename="${result.filename}"`;
  return new Response(result.body, { status: 200, headers });
}

export function hsdsOptions(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export function hsdsNotFound(): Response {
  return errorResponse(new HsdsError(404, "not_found", "There is no such endpoint in this API."));
}
