// @ts-check
// Loaded with `node --import` into the process that runs Next's server (lib/cli/next-process.ts),
// before Next reads a request. Two things only the raw HTTP server can do:
// - The client's address. Next keeps a client's own X-Forwarded-For header and only fills
//   it in when it is missing, so without this any client chooses the address that the
//   sign-in throttle, the API rate limit and the audit log see. Here the header is replaced
//   by the one address the trusted proxies (TRUSTED_PROXY_HOPS) vouch for, and, with no
//   trusted proxy, the client's X-Forwarded-Host/-Proto are dropped as well.
// - A path no route can have (./safe-path.mjs) is sent to the not-found page before Next
//   decodes it; "//x" and "/x/" are redirected to "/x" with the site's headers.
// - Methods the Fetch API refuses to represent (TRACE, TRACK) make Next answer a bare 500;
//   they are answered 405 here.
import http from "node:http";
import { parseTrustedProxyHops, resolveClientAddress } from "./client-address.mjs";
import { isSafePath, toCanonicalPath, toNotFoundPath } from "./safe-path.mjs";

const hops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
const refusedMethods = new Set(["TRACE", "TRACK"]);
// The edge's own answers carry no content that could need more than this.
const edgeHeaders = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
const forwardedHeaders = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @returns {boolean} whether Next should see the request
 */
function prepare(request, response) {
  if (request.method && refusedMethods.has(request.method.toUpperCase())) {
    response.writeHead(405, { ...edgeHeaders, Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8" });
    response.end("Method Not Allowed\n");
    return false;
  }
  const url = request.url ?? "/";
  const queryStart = url.indexOf("?");
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!isSafePath(rawPath)) {
    request.url = toNotFoundPath(rawPath);
  } else {
    // Next redirects "//x" and "/x/" itself, without the site's headers: done here instead.
    const canonical = toCanonicalPath(rawPath);
    if (canonical !== rawPath) {
      response.writeHead(308, { ...edgeHeaders, Location: canonical + (queryStart === -1 ? "" : url.slice(queryStart)) });
      response.end();
      return false;
    }
  }
  request.headers["x-forwarded-for"] = resolveClientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], hops);
  if (hops === 0) for (const name of forwardedHeaders) delete request.headers[name];
  return true;
}

const emit = http.Server.prototype.emit;
/** @type {any} */ (http.Server.prototype).emit = function (/** @type {string} */ event, /** @type {any[]} */ ...args) {
  if (event === "request" && !prepare(args[0], args[1])) return true;
  return emit.call(this, event, ...args);
};
