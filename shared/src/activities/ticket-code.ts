import { z } from 'zod';

// A ticket code is the registration id plus a signature over it and the registration's nonce,
// written in Crockford base32 (no I, L, O, U) so it can be read aloud and typed: 1024-7KQ2M-X9PDA.
// The signature is made and checked on the server only; this file knows the shape.
export const TICKET_SIGNATURE_LENGTH = 10;
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The code as printed and encoded in the QR: id-sig(5)-sig(5). */
export function formatTicketCode(registrationId: number, signature: string): string {
  return `${registrationId}-${signature.slice(0, 5)}-${signature.slice(5)}`;
}

/**
 * Reads a typed or scanned ticket code: case and separators do not matter, and the letters people
 * mistake for digits (O, I, L) are read as 0 and 1. Null when it cannot be a ticket code at all.
 */
export function parseTicketCode(input: string): { registrationId: number; signature: string } | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_.]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length <= TICKET_SIGNATURE_LENGTH || compact.length > TICKET_SIGNATURE_LENGTH + 10) return null;
  const idPart = compact.slice(0, -TICKET_SIGNATURE_LENGTH);
  const signature = compact.slice(-TICKET_SIGNATURE_LENGTH);
  if (!/^[1-9]\d*$/.test(idPart)) return null;
  for (const ch of signature) if (!CROCKFORD_ALPHABET.includes(ch)) return null;
  const registrationId = Number(idPart);
  if (!Number.isSafeInteger(registrationId) || registrationId > 2_147_483_647) return null;
  return { registrationId, signature };
}

export const ticketCodeSchema = z
  .string({ error: '请输入票码' })
  .trim()
  .min(1, { message: '请输入票码' })
  .max(40, { message: '票码过长，请核对' })
  .refine((s) => parseTicketCode(s) !== null, { message: '票码格式不正确：应形如 1024-7KQ2M-X9PDA' });
