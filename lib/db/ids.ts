/** String ids (UUIDs), not auto-increment numbers: rows can be synced or merged later. */
export function newId(): string {
  return crypto.randomUUID();
}
