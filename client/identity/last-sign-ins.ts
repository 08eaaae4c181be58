// When each user last signed in (a browser session opened with a password or single sign-on),
// for the administration page. Tokens keep their own last use.
import type { TAppActor } from '../actor';
import type { TAppContext } from '../app-context';
import { requireAdministrator } from './administrators';

/** The login of each user who ever signed in, with the start of their latest session. */
export async function lastSignIns(context: TAppContext, actor: TAppActor): Promise<Map<string, Date>> {
  return context.read(async (db) => {
    await requireAdministrator(db, actor);
    const latest = await db.session.groupBy({ by: ['userId'], _max: { createdAt: true } });
    const users = await db.user.findMany({ where: { id: { in: latest.map((row) => row.userId) } }, select: { id: true, login: true } });
    const loginOf = new Map(users.map((user) => [user.id, user.login]));
    return new Map(latest.flatMap((row) => (row._max.createdAt && loginOf.has(row.userId) ? [[loginOf.get(row.userId)!, row._max.createdAt] as const] : [])));
  });
}
