import "server-only";
import { updateTag } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getClientIp, getCurrentUser, isSameOriginRequest } from "./request";
import { toFieldErrors } from "./schema";
import type { FieldErrors } from "./schema";
import type { ActingContext, SessionUser } from "./types";

// The one way an admin server action runs: validate (zod) → same origin → signed-in user
// → authorise → run the data layer → expire cache tags → answer with codes. The data
// layer authorises again against the database and audits. Answers never carry an
// error's message; an action that names onError logs unexpected errors and answers
// with its coded result, any other lets them through to Next.js, which hides them.

export type Refusal = { code: "invalid"; error: z.ZodError } | { code: "forbidden" } | { code: "session" } | { code: "notAllowed" };

export type ActionContext = ActingContext & { user: SessionUser };

type Parse<Raw, Input> = (raw: Raw) => { success: true; data: Input } | { success: false; error: z.ZodError };

type Common<Raw, Input, Result, Out> = {
  read: (form: FormData) => Raw;
  /** Validate only once the user is known (an invalid form then still answers "session" first). */
  validateAfterSession?: boolean;
  authorise?: (user: SessionUser, input: Input) => boolean;
  run: (ctx: ActionContext, input: Input) => Promise<Result>;
  /** The cache tags the result changed; expired before the answer. */
  tags?: (result: Result) => readonly string[];
  /** input: the validated form, when validation already ran. */
  refuse: (refusal: Refusal, raw: Raw, input: Input | undefined) => Out;
  answer: (result: Result, input: Input, raw: Raw) => Out | Promise<Out>;
  onError?: (raw: Raw) => Out;
};

export type AdminActionSpec<Raw, Input, Result, Out> = Common<Raw, Input, Result, Out> & { schema: z.ZodType<Input> };
export type UncheckedActionSpec<Raw, Result, Out> = Common<Raw, Raw, Result, Out> & { schema?: undefined };

function parserOf<Raw, Input>(schema: z.ZodType<Input> | undefined): Parse<Raw, Input> {
  if (schema) return (raw) => schema.safeParse(raw);
  // Only UncheckedActionSpec has no schema, and there Input is Raw.
  return (raw) => ({ success: true, data: raw as unknown as Input });
}

async function guard<Out>(raw: unknown, onError: ((raw: never) => Out) | undefined, work: () => Promise<Out>): Promise<Out> {
  try {
    return await work();
  } catch (error) {
    if (!onError) throw error;
    unstable_rethrow(error);
    console.error("Admin action failed:", error);
    return onError(raw as never);
  }
}

export function adminAction<Raw, Input, Result, Out>(spec: AdminActionSpec<Raw, Input, Result, Out>): (form: FormData) => Promise<Out>;
export function adminAction<Raw, Result, Out>(spec: UncheckedActionSpec<Raw, Result, Out>): (form: FormData) => Promise<Out>;
export function adminAction<Raw, Input, Result, Out>(spec: Common<Raw, Input, Result, Out> & { schema?: z.ZodType<Input> }) {
  const parse = parserOf<Raw, Input>(spec.schema);
  return async (form: FormData): Promise<Out> => {
    const raw = spec.read(form);
    return guard(raw, spec.onError, async () => {
      let parsed = spec.validateAfterSession ? null : parse(raw);
      if (parsed && !parsed.success) return spec.refuse({ code: "invalid", error: parsed.error }, raw, undefined);
      const validated = parsed?.data;
      if (!(await isSameOriginRequest())) return spec.refuse({ code: "forbidden" }, raw, validated);
      const user = await getCurrentUser();
      if (!user) return spec.refuse({ code: "session" }, raw, validated);
      parsed ??= parse(raw);
      if (!parsed.success) return spec.refuse({ code: "invalid", error: parsed.error }, raw, undefined);
      const input = parsed.data;
      if (spec.authorise && !spec.authorise(user, input)) return spec.refuse({ code: "notAllowed" }, raw, input);
      const result = await spec.run({ user, ip: await getClientIp() }, input);
      for (const tag of spec.tags?.(result) ?? []) updateTag(tag);
      return spec.answer(result, input, raw);
    });
  };
}

/** For the pages before sign-in (sign-in, set password): validate → same origin → run, no user. */
export function guestAction<Raw, Input, Result, Out>(spec: {
  read: (form: FormData) => Raw;
  schema: z.ZodType<Input>;
  run: (input: Input, ip: string) => Promise<Result>;
  refuse: (refusal: Extract<Refusal, { code: "invalid" | "forbidden" }>, raw: Raw) => Out;
  answer: (result: Result, input: Input, raw: Raw) => Out | Promise<Out>;
}): (form: FormData) => Promise<Out> {
  return async (form) => {
    const raw = spec.read(form);
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return spec.refuse({ code: "invalid", error: parsed.error }, raw);
    if (!(await isSameOriginRequest())) return spec.refuse({ code: "forbidden" }, raw);
    const result = await spec.run(parsed.data, await getClientIp());
    return spec.answer(result, parsed.data, raw);
  };
}

/** What a form action answers when it fails: a code, the field errors, and what was typed (echo). */
export type FormFailure<Code extends string, Echo> = { status: "error"; formError: Code; fieldErrors: FieldErrors; stamp: number } & Echo;

export function formFailure<Code extends string, Echo extends object>(
  code: Code,
  echo: Echo,
  fieldErrors: FieldErrors = {},
): FormFailure<Code, Echo> {
  return { status: "error", formError: code, fieldErrors, ...echo, stamp: Date.now() };
}

/** The refusals of an action behind a form (useActionState), as the form shows them. */
export function refuseForm<Echo extends object>(refusal: Refusal, echo: Echo) {
  if (refusal.code === "invalid") return formFailure("fieldErrors", echo, toFieldErrors(refusal.error));
  return formFailure(refusal.code === "session" ? "session" : "forbidden", echo);
}

/** useActionState hands the previous state first; these actions answer from the form alone. */
export function withPreviousState<State>(action: (form: FormData) => Promise<State>): (previous: State, form: FormData) => Promise<State> {
  return (_previous, form) => action(form);
}
