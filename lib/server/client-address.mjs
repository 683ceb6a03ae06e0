// @ts-check
// Plain JavaScript: loaded by Node itself before Next's server starts (./http-edge.mjs).

const maxHops = 10;

/**
 * TRUSTED_PROXY_HOPS: how many reverse proxies in front of the app append the address
 * they saw to X-Forwarded-For. 0 (the default): none, the client is the socket's peer.
 * @param {string | undefined} raw
 * @returns {number}
 */
export function parseTrustedProxyHops(raw) {
  if (raw === undefined || raw.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(raw.trim()) || Number(raw) > maxHops) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${maxHops}, not "${raw}".`);
  }
  return Number(raw);
}

/**
 * An address as the app records it: IPv4 peers of a dual-stack socket without "::ffff:".
 * @param {string} address
 */
export function normaliseAddress(address) {
  const trimmed = address.trim().slice(0, 64);
  return /^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address. Every trusted proxy appends the address it saw to X-Forwarded-For,
 * so the chain is the header's entries followed by the socket's peer, and the client is the
 * entry `hops` places before the peer. Entries further left were written by the client
 * itself (or anyone before the first trusted proxy) and are never believed.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} hops
 * @returns {string}
 */
export function resolveClientAddress(socketAddress, forwardedFor, hops) {
  const peer = socketAddress ? normaliseAddress(socketAddress) : "unknown";
  if (hops === 0) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - hops)] ?? peer);
}
