import type { z } from 'zod';
import { Envelope, type Reply } from './protocol';

export type Handlers<M extends Record<string, z.ZodType>, Ctx> = {
  [T in keyof M]?: (payload: z.output<M[T]>, ctx: Ctx) => Promise<unknown> | unknown;
};

export interface RouteOutcome {
  handled: boolean;
  reply?: Reply<unknown>;
  rejected?: string;
}

/**
 * Validates an incoming message against one direction's schemas and runs its handler.
 * Unknown types are left for another router (`handled: false`); a wrong shape is rejected with a
 * reason (logged by the caller), never stored; a handler's error becomes `{ ok: false }`.
 */
export async function route<M extends Record<string, z.ZodType>, Ctx>(
  schemas: M,
  handlers: Handlers<M, Ctx>,
  raw: unknown,
  ctx: Ctx,
  trusted: boolean,
): Promise<RouteOutcome> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { handled: false };
  const type = envelope.data.type as keyof M & string;
  if (!Object.hasOwn(schemas, type)) return { handled: false };
  if (!trusted) return { handled: true, rejected: `${type}: sender not allowed` };
  const payload = schemas[type]!.safeParse(envelope.data.payload);
  if (!payload.success) {
    const issue = payload.error.issues[0];
    return {
      handled: true,
      rejected: `${type}: bad payload at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    };
  }
  const handler = handlers[type];
  if (!handler) return { handled: true, rejected: `${type}: no handler` };
  try {
    return { handled: true, reply: { ok: true, value: await handler(payload.data as z.output<M[typeof type]>, ctx) } };
  } catch (error) {
    return { handled: true, reply: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}
