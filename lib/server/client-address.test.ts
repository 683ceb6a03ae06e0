import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxyHops, resolveClientAddress } from "./client-address.mjs";

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(resolveClientAddress("203.0.113.7", ["1.1.1.1", "2.2.2.2"], 0)).toBe("203.0.113.7");
  });

  it("takes the address the nearest trusted proxy saw", () => {
    // client → nginx (127.0.0.1) → app: nginx appends the client's address.
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", 1)).toBe("203.0.113.7");
    // A client that sends its own header cannot push its choice past the proxy's entry.
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1", 2)).toBe("203.0.113.7");
  });

  it("stops at the left end of a chain shorter than the trusted hops", () => {
    expect(resolveClientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
    expect(resolveClientAddress("127.0.0.1", "203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("writes IPv4 peers of a dual-stack socket without the ::ffff: prefix", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS strictly", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops("2")).toBe(2);
    expect(() => parseTrustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseTrustedProxyHops("one")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseTrustedProxyHops("11")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
