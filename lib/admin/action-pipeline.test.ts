import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { adminAction } from "./action-pipeline";
import type { Refusal } from "./action-pipeline";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "./request";
import type { SessionUser } from "./types";

vi.mock("./request", () => ({ isSameOriginRequest: vi.fn(), getCurrentUser: vi.fn(), getClientIp: vi.fn() }));
const updateTag = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ updateTag }));

const user: SessionUser = { id: "u1", email: "a@example.org", role: "CITY_EDITOR", sessionId: "s1", name: null };
const schema = z.strictObject({ name: z.string().min(1) });
const formWith = (name: string) => {
  const form = new FormData();
  form.set("name", name);
  return form;
};

type Out = { refused?: string; input?: unknown; answered?: string };

function pipeline(options: { validateAfterSession?: boolean; allowed?: boolean; fail?: unknown; onError?: boolean } = {}) {
  const run = vi.fn(async (_ctx: unknown, input: { name: string }) => {
    if (options.fail) throw options.fail;
    return { saved: input.name };
  });
  const action = adminAction({
    read: (form) => ({ name: form.get("name") }),
    schema,
    validateAfterSession: options.validateAfterSession,
    authorise: options.allowed === undefined ? undefined : () => options.allowed!,
    run,
    tags: (result) => [`offer:${result.saved}`],
    refuse: (refusal: Refusal, _raw, input): Out => ({ refused: refusal.code, input }),
    answer: (result): Out => ({ answered: result.saved }),
    onError: options.onError ? (): Out => ({ refused: "unexpected" }) : undefined,
  });
  return { action, run };
}

beforeEach(() => {
  vi.mocked(isSameOriginRequest).mockReset().mockResolvedValue(true);
  vi.mocked(getCurrentUser).mockReset().mockResolvedValue(user);
  vi.mocked(getClientIp).mockReset().mockResolvedValue("192.0.2.1");
  updateTag.mockReset();
});

describe("the admin action pipeline", () => {
  it("runs with the user and address, expires the tags, then answers", async () => {
    const { action, run } = pipeline();
    expect(await action(formWith("Treff"))).toEqual({ answered: "Treff" });
    expect(run).toHaveBeenCalledWith({ user, ip: "192.0.2.1" }, { name: "Treff" });
    expect(updateTag.mock.calls).toEqual([["offer:Treff"]]);
  });

  it("answers an invalid form before looking at origin or session", async () => {
    const { action, run } = pipeline();
    expect(await action(formWith(""))).toEqual({ refused: "invalid", input: undefined });
    expect(isSameOriginRequest).not.toHaveBeenCalled();
    expect(getCurrentUser).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses another origin without reading the session", async () => {
    vi.mocked(isSameOriginRequest).mockResolvedValue(false);
    const { action, run } = pipeline();
    expect(await action(formWith("Treff"))).toEqual({ refused: "forbidden", input: { name: "Treff" } });
    expect(getCurrentUser).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses without a session; validating after it, an invalid form also gets 'session'", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    expect(await pipeline().action(formWith("Treff"))).toEqual({ refused: "session", input: { name: "Treff" } });
    expect(await pipeline({ validateAfterSession: true }).action(formWith(""))).toEqual({ refused: "session", input: undefined });
  });

  it("refuses what authorise refuses, and writes nothing", async () => {
    const { action, run } = pipeline({ allowed: false });
    expect(await action(formWith("Treff"))).toEqual({ refused: "notAllowed", input: { name: "Treff" } });
    expect(run).not.toHaveBeenCalled();
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("lets unexpected errors through, unless the action maps them (logged, never the message)", async () => {
    const failure = new Error("connection to 10.0.0.5 refused");
    await expect(pipeline({ fail: failure }).action(formWith("Treff"))).rejects.toBe(failure);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await pipeline({ fail: failure, onError: true }).action(formWith("Treff"))).toEqual({ refused: "unexpected" });
    expect(log).toHaveBeenCalledWith("Admin action failed:", failure);
    log.mockRestore();
    expect(updateTag).not.toHaveBeenCalled();
  });

  it("passes a redirect through even when the action maps errors", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/de/admin;307;" });
    await expect(pipeline({ fail: redirect, onError: true }).action(formWith("Treff"))).rejects.toBe(redirect);
  });
});
