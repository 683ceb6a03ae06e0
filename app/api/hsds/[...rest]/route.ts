import { hsdsNotFound, hsdsOptions } from "@/lib/hsds/http";

// Unknown paths under /api/hsds answer in the API's JSON error shape, not with the HTML 404 page.
export const GET = hsdsNotFound;
export const OPTIONS = hsdsOptions;
