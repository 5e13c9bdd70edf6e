/** The extension API as seen from an extension page, where browser tests run code with page.evaluate. */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; pendingUrl?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
