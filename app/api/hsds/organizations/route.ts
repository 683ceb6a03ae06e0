import { organizationsBody } from "@/lib/hsds/endpoints";
import { handleHsdsGet, hsdsOptions } from "@/lib/hsds/http";

export function GET(request: Request) {
  return handleHsdsGet(request, (url) => organizationsBody(url.searchParams));
}
export const OPTIONS = hsdsOptions;
