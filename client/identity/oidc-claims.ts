// From the identity provider's claims to a dondoc user: the login, the name, the agency and the
// roles. Pure: whether the agency exists in the registry is checked by the use-case.
import { ZAgencyCode } from '../actor';
import { normalizeLogin, USER_ROLES, ZLogin, type TUserRole } from './identity';

export interface TClaimNames {
  agencyClaim: string;
  rolesClaim: string;
}

export interface TMappedClaims {
  /** The provider's `sub`: the person's stable name there. */
  subject: string;
  /** The `email` claim in lower case: the login of a user created by single sign-on. */
  login: string;
  displayName: string;
  agency: string | null;
  roles: TUserRole[];
}

export type TClaimRefusal = { reason: 'missing-email' | 'unknown-agency' | 'no-roles' | 'unknown-role'; message: string; login: string | null; agency?: unknown; roles?: unknown };

/** The user the claims describe, or why they cannot sign anyone in. */
export function mapOidcClaims(claims: Record<string, unknown>, names: TClaimNames): TMappedClaims | TClaimRefusal {
  const subject = String(claims.sub);
  const email = typeof claims.email === 'string' ? claims.email : null;
  const login = email !== null && ZLogin.safeParse(email).success ? normalizeLogin(email) : null;
  if (login === null) {
    return { reason: 'missing-email', login: null, message: `the identity provider gave no usable e-mail address (claim email${email === null ? ' missing' : ` "${email}"`}): it is your dondoc login. Ask the provider's administrator to release it to dondoc (scope email).` };
  }

  const agencyClaim = claims[names.agencyClaim];
  const agency = typeof agencyClaim === 'string' && agencyClaim.trim() !== '' ? agencyClaim.trim() : null;
  const malformed = (agencyClaim !== undefined && agencyClaim !== null && agency === null) || (agency !== null && !ZAgencyCode.safeParse(agency).success);
  if (malformed) {
    return { reason: 'unknown-agency', login, agency: agencyClaim, message: `the claim ${names.agencyClaim} (${JSON.stringify(agencyClaim)}) is not an agency code of dondoc's registry, e.g. SO_GDDT: ask the provider's administrator to correct it.` };
  }

  const rolesClaim = claims[names.rolesClaim];
  // A multi-valued attribute comes as a list; some providers send one value, or several in one string.
  const listed = Array.isArray(rolesClaim) ? rolesClaim : typeof rolesClaim === 'string' ? rolesClaim.split(/[\s,]+/).filter(Boolean) : [];
  if (listed.length === 0) {
    return { reason: 'no-roles', login, agency, roles: rolesClaim, message: `the claim ${names.rolesClaim} gives you no role in dondoc: ask the provider's administrator for one of ${USER_ROLES.join(', ')}.` };
  }
  const unknown = listed.filter((role) => !(USER_ROLES as readonly unknown[]).includes(role));
  if (unknown.length > 0) {
    return { reason: 'unknown-role', login, agency, roles: rolesClaim, message: `the claim ${names.rolesClaim} names roles dondoc does not know (${unknown.map((role) => JSON.stringify(role)).join(', ')}): expected some of ${USER_ROLES.join(', ')}. Ask the provider's administrator to correct it.` };
  }

  const name = typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim().slice(0, 200) : login;
  return { subject, login, displayName: name, agency, roles: USER_ROLES.filter((role) => listed.includes(role)) };
}

export function isClaimRefusal(mapped: TMappedClaims | TClaimRefusal): mapped is TClaimRefusal {
  return 'reason' in mapped;
}
