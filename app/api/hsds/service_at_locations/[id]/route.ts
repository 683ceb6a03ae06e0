import { serviceAtLocationBody } from "@/lib/hsds/endpoints";
import { handleHsdsGet, hsdsOptions } from "@/lib/hsds/http";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleHsdsGet(request, async (url) => serviceAtLocationBody((await params).id, url.searchParams));
}
export const OPTIONS = hsdsOptions;
