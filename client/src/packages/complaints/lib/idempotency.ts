/** A random key for one submission, kept with the draft across its retries: the server answers a retry with the first complaint. */
export function newIdempotencyKey(): string {
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `c-${Date.now().toString(36)}-${hex}`;
}
