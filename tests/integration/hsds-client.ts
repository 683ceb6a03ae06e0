import { GET as exportCsv } from "@/app/api/hsds/export.csv/route";
import { GET as exportJson } from "@/app/api/hsds/export.json/route";
import { GET as openapi } from "@/app/api/hsds/openapi.json/route";
import { GET as organization } from "@/app/api/hsds/organizations/[id]/route";
import { GET as organizations } from "@/app/api/hsds/organizations/route";
import { GET as root } from "@/app/api/hsds/route";
import { GET as serviceAtLocation } from "@/app/api/hsds/service_at_locations/[id]/route";
import { GET as serviceAtLocations } from "@/app/api/hsds/service_at_locations/route";
import { GET as service } from "@/app/api/hsds/services/[id]/route";
import { GET as services } from "@/app/api/hsds/services/route";
import { GET as taxonomy } from "@/app/api/hsds/taxonomies/[id]/route";
import { GET as taxonomies } from "@/app/api/hsds/taxonomies/route";
import { GET as taxonomyTerm } from "@/app/api/hsds/taxonomy_terms/[id]/route";
import { GET as taxonomyTerms } from "@/app/api/hsds/taxonomy_terms/route";

// Calls the real route handlers the way Next.js does, by path, against the integration database.
type Handler = (request: Request) => Promise<Response>;
type IdHandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

const lists: Record<string, Handler> = {
  "": root,
  "openapi.json": openapi,
  "export.json": exportJson,
  "export.csv": exportCsv,
  services,
  service_at_locations: serviceAtLocations,
  organizations,
  taxonomies,
  taxonomy_terms: taxonomyTerms,
};
const records: Record<string, IdHandler> = {
  services: service,
  service_at_locations: serviceAtLocation,
  organizations: organization,
  taxonomies: taxonomy,
  taxonomy_terms: taxonomyTerm,
};

export async function callApi(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(pathAndQuery, "http://localhost/api/hsds/");
  const request = new Request(url, { headers });
  const [collection = "", id, ...rest] = url.pathname.replace(/^\/api\/hsds\/?/, "").split("/");
  if (rest.length) throw new Error(`No route for ${pathAndQuery}`);
  if (id !== undefined) return records[collection]!(request, { params: Promise.resolve({ id }) });
  return lists[collection]!(request);
}

export async function getJson<T = unknown>(pathAndQuery: string): Promise<T> {
  const response = await callApi(pathAndQuery);
  if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
