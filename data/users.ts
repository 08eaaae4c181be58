// The people who sign in to dondoc: their login, roles, agency and password hash.
import type { UserRole } from '../prisma/generated/client';
import type { TReadClient } from './read-model';

export interface TUserRecord {
  id: string;
  login: string;
  displayName: string;
  agencyCode: string | null;
  roles: UserRole[];
  passwordHash: string | null;
  disabledAt: Date | null;
  createdAt: Date;
}

export interface TNewUser {
  login: string;
  displayName: string;
  agencyCode: string | null;
  roles: UserRole[];
  passwordHash: string | null;
  /** "<issuer> <sub>" for a user created by single sign-on. */
  oidcSubject?: string;
  createdAt: Date;
}

export type TUserChange = Partial<Pick<TUserRecord, 'displayName' | 'agencyCode' | 'roles' | 'passwordHash' | 'disabledAt'>>;

/** The columns of a TUserRecord, for the repositories that read a user along with their own rows. */
export const userRecordColumns = { id: true, login: true, displayName: true, agencyCode: true, roles: true, passwordHash: true, disabledAt: true, createdAt: true } as const;

export class UserRepository {
  constructor(private readonly db: TReadClient) {}

  findByLogin(login: string): Promise<TUserRecord | null> {
    return this.db.user.findUnique({ where: { login }, select: userRecordColumns });
  }

  findByOidcSubject(oidcSubject: string): Promise<TUserRecord | null> {
    return this.db.user.findUnique({ where: { oidcSubject }, select: userRecordColumns });
  }

  list(filter: { agencyCode?: string } = {}): Promise<TUserRecord[]> {
    return this.db.user.findMany({ where: filter.agencyCode ? { agencyCode: filter.agencyCode } : {}, orderBy: { login: 'asc' }, select: userRecordColumns });
  }

  create(user: TNewUser): Promise<TUserRecord> {
    return this.db.user.create({ data: { ...user, updatedAt: user.createdAt }, select: userRecordColumns });
  }

  update(login: string, change: TUserChange): Promise<TUserRecord> {
    return this.db.user.update({ where: { login }, data: change, select: userRecordColumns });
  }

  /** Whether any user, enabled or not, has the role. */
  async anyWithRole(role: UserRole): Promise<boolean> {
    return (await this.db.user.findFirst({ where: { roles: { has: role } }, select: { id: true } })) !== null;
  }

  /** Enabled users with the role, other than `exceptLogin`. */
  countEnabledWithRole(role: UserRole, exceptLogin: string): Promise<number> {
    return this.db.user.count({ where: { roles: { has: role }, disabledAt: null, login: { not: exceptLogin } } });
  }
}

/** Whether the registry knows the agency (by its code). */
export async function agencyIsRegistered(db: TReadClient, code: string): Promise<boolean> {
  return (await db.agency.count({ where: { code } })) > 0;
}
