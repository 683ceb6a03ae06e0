export function parseTrustedProxyHops(raw: string | undefined): number;
export function normaliseAddress(address: string): string;
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string;
