import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CROCKFORD_ALPHABET, TICKET_SIGNATURE_LENGTH, formatTicketCode, parseTicketCode } from '@wuxie/shared';

// The ticket key is derived from the server secret with its own label, so a ticket signature can
// never be replayed as (or derived from) a login token signature.
function ticketKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('wuxie ticket v1').digest();
}

function toCrockford(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD_ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

function signature(secret: string, registrationId: number, nonce: string): string {
  const mac = createHmac('sha256', ticketKey(secret)).update(`${registrationId}.${nonce}`).digest();
  return toCrockford(mac, TICKET_SIGNATURE_LENGTH);
}

/** A fresh unguessable nonce for a registration's ticket (rotating it voids old codes). */
export function newTicketNonce(): string {
  return randomBytes(16).toString('hex');
}

/** The printable, QR-encodable ticket code of a registration. */
export function ticketCodeFor(secret: string, registrationId: number, nonce: string): string {
  return formatTicketCode(registrationId, signature(secret, registrationId, nonce));
}

/** The registration id a typed code claims, before the signature is checked. */
export function claimedRegistrationId(code: string): number | null {
  return parseTicketCode(code)?.registrationId ?? null;
}

/** True when `code` is the genuine ticket of this registration. Constant-time comparison. */
export function verifyTicketCode(secret: string, code: string, registrationId: number, nonce: string): boolean {
  const parsed = parseTicketCode(code);
  if (!parsed || parsed.registrationId !== registrationId) return false;
  const expected = Buffer.from(signature(secret, registrationId, nonce));
  const given = Buffer.from(parsed.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
