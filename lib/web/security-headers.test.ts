import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, buildStrictTransportSecurity, createNonce } from "./security-headers";

describe("security headers", () => {
  it("gives cached public pages 'unsafe-inline' scripts and nothing from other hosts", () => {
    const policy = buildContentSecurityPolicy({ nonce: null, https: false });
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:\/\//);
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("gives admin pages a nonce and strict-dynamic instead of 'unsafe-inline' scripts", () => {
    const policy = buildContentSecurityPolicy({ nonce: "abc123==", https: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("sends HSTS only for an https site", () => {
    expect(buildStrictTransportSecurity("https://seniorenwegweiser.example")).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(buildStrictTransportSecurity("http://localhost:3000")).toBeNull();
  });

  it("makes a new nonce every time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});
