import { describe, expect, it } from "vitest";
import { can } from "./policy";
import type { PolicyAction, PolicyRecord } from "./policy";
import type { Role } from "./types";

// role × action → allowed, written out cell by cell so that a change to the policy
// has to change this table too.
const table: [PolicyAction, PolicyRecord | undefined, { ADMIN: boolean; CITY_EDITOR: boolean; PROVIDER_EDITOR: boolean }][] = [
  ["offer.publish", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["offer.import", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["offer.translate", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["offer.assignProvider", { providerId: "p1" }, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: true }],
  ["offer.assignProvider", { providerId: null }, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["provider.edit", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["provider.edit", { cityId: "c1" }, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["provider.edit", { cityId: null }, { ADMIN: true, CITY_EDITOR: false, PROVIDER_EDITOR: false }],
  ["district.edit", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["review.decide", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["verification.mark", undefined, { ADMIN: true, CITY_EDITOR: true, PROVIDER_EDITOR: false }],
  ["account.manage", undefined, { ADMIN: true, CITY_EDITOR: false, PROVIDER_EDITOR: false }],
  ["scope.all", undefined, { ADMIN: true, CITY_EDITOR: false, PROVIDER_EDITOR: false }],
];

const cells = table.flatMap(([action, record, allowed]) =>
  (Object.keys(allowed) as Role[]).map((role) => [role, action, JSON.stringify(record ?? {}), record, allowed[role]] as const),
);

describe("the admin policy", () => {
  it.each(cells)("%s may %s %s: %s", (role, action, _shown, record, allowed) => {
    expect(can({ role }, action, record)).toBe(allowed);
  });

  it("refuses every action to a role it does not know", () => {
    const unknown = { role: "GUEST" as Role };
    expect(table.filter(([action, record]) => can(unknown, action, record))).toEqual([]);
  });
});
