import type { z } from 'zod';
import type { PanelToBg, Reply } from './protocol';

type Send = (message: unknown) => Promise<unknown>;

export class RequestError extends Error {}

/**
 * A typed call from an extension page to the background. `send` is `browser.runtime.sendMessage`
 * (passed in, so the client is testable without a browser).
 */
export function createPanelClient(send: Send) {
  return async function call<T extends keyof PanelToBg, R = unknown>(
    type: T,
    payload: z.input<PanelToBg[T]>,
  ): Promise<R> {
    return unwrapReply<R>(type, await send({ type, payload }));
  };
}

/** The value of a background's reply to `type`, or a RequestError with its message. */
export function unwrapReply<R>(type: string, answer: unknown): R {
  const reply = answer as Reply<R> | undefined;
  if (!reply) throw new RequestError(`${type}: no answer from the background`);
  if (!reply.ok) throw new RequestError(reply.error);
  return reply.value;
}
