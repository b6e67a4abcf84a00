import { hash, verify, type Options } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) with OWASP's minimum profile: m=19 MiB, t=2, p=1.
// Fast enough for tests (~30 ms) while still memory-hard. The server hashes and verifies with
// these same functions so every stored hash has one shape.
const OPTIONS: Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hash a password for User.passwordHash (argon2id PHC string). */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

/** True when `plain` matches the stored argon2 hash; false (not an exception) on a malformed hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
