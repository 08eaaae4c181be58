// Password hashing with argon2id (the memory-hard winner of the Password Hashing Competition,
// OWASP's first choice). Verifying an unknown login runs the same computation against a dummy
// hash, so the time an answer takes does not tell which logins exist.
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// The package declares Algorithm as a const enum, which isolated modules cannot read: its value.
const argon2id: Algorithm.Argon2id = 2;

/**
 * OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane. About 20–150 ms on this
 * kind of machine: unnoticeable at sign-in, and memory-hard enough that a stolen table costs a
 * guesser the same per try on a GPU. Hashes keep their parameters, so raising these later
 * leaves existing passwords verifiable.
 */
export const PASSWORD_HASH_OPTIONS: Options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

// A hash of a random password nobody knows, with the same parameters; computed when the module
// loads, so that even the first unknown login costs a verification only.
const dummyHash = hashPassword(randomBytes(32).toString('base64url'));

/**
 * Whether `password` matches `passwordHash`. Without a hash (an unknown login, or a user who
 * signs in only through single sign-on) a dummy hash is verified instead, and the answer is false.
 */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A stored value that is not an argon2 hash (edited by hand) matches no password.
    return false;
  }
}
