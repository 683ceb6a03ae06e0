export const notFoundSegment: string;
export function isSafePath(pathname: string): boolean;
export function toNotFoundPath(pathname: string): string;
export function toCanonicalPath(pathname: string): string;
