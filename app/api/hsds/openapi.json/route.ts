import { openApiBody } from "@/lib/hsds/endpoints";
import { handleHsdsGet, hsdsOptions } from "@/lib/hsds/http";

export function GET(request: Request) {
  return handleHsdsGet(request, openApiBody);
}
export const OPTIONS = hsdsOptions;
