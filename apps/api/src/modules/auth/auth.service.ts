import { randomUUID } from 'node:crypto';
import { isValidEmail, normalizeEmail } from '@hromada/shared';
import type { GraphQLContext } from '../../context';
import { audit } from '../../platform/audit/audit.service';
import { burnPasswordCheck, verifyPassword } from '../../platform/auth/password';
import { hashSessionToken, newSessionToken } from '../../platform/auth/session-token';
import { UserError } from '../../platform/graphql/errors';
import { loginRetryAfterMinutes, recordLoginAttempt } from './login-throttle';
import { Session } from './session.entity';
import { User } from './user.entity';

export interface LoginOutcome {
  token: string;
  expiresAt: Date;
  user: User;
}

const invalidCredentials = () =>
  new UserError('BAD_USER_INPUT', 'errors:invalidCredentials', 'The e-mail or password is not correct.');

export class AuthService {
  constructor(private readonly ctx: GraphQLContext) {}

  /**
   * Checks the password and opens a session. Every attempt is recorded and audited in one
   * transaction, which commits before a failure is reported, so throttling sees it.
   */
  async login(rawEmail: string, password: string): Promise<LoginOutcome> {
    const email = normalizeEmail(rawEmail);
    if (!isValidEmail(email)) {
      throw new UserError('BAD_USER_INPUT', 'errors:emailInvalid', 'Enter a valid e-mail address.', { field: 'email' });
    }
    if (!password) {
      throw new UserError('BAD_USER_INPUT', 'errors:passwordRequired', 'Enter your password.', { field: 'password' });
    }
    const { em, ip } = this.ctx;
    const clientIp = ip ?? 'unknown';
    const wait = await loginRetryAfterMinutes(em, email, clientIp);
    if (wait > 0) {
      throw new UserError('TOO_MANY_REQUESTS', 'errors:loginThrottled', `Too many failed sign-in attempts. Try again in ${wait} min.`, {
        params: { minutes: wait },
      });
    }
    const user = await em.findOne(User, { email });
    const ok = user && !user.disabledAt ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);

    const outcome = await em.transactional(async (tx) => {
      await recordLoginAttempt(tx, email, clientIp, Boolean(ok));
      const origin = { requestId: this.ctx.requestId, ip };
      if (!ok || !user) {
        audit(tx, { actorUserId: user?.id ?? null, operation: 'login.failed', recordType: 'User', recordId: user?.id ?? null, after: { email } }, origin);
        return null;
      }
      const token = newSessionToken();
      const expiresAt = new Date(Date.now() + this.ctx.config.sessionTtlDays * 86_400_000);
      const session = tx.create(Session, {
        id: randomUUID(),
        tokenHash: hashSessionToken(token),
        userId: user.id,
        expiresAt,
        revokedAt: null,
        ip,
        userAgent: this.ctx.userAgent?.slice(0, 400) ?? null,
      } as Session);
      audit(tx, { actorUserId: user.id, operation: 'login', recordType: 'Session', recordId: session.id, after: { userId: user.id, expiresAt } }, origin);
      return { token, expiresAt, user };
    });
    if (!outcome) throw invalidCredentials();
    return outcome;
  }

  /**
   * Revokes the current session; signing out twice is not an error. Other processes drop
   * the cached viewer on the commit's notification, this one at once; only after the commit,
   * or a concurrent request could read the still-live session and cache it again.
   */
  async logout(): Promise<void> {
    const sessionId = this.ctx.viewer?.sessionId;
    if (!sessionId) return;
    await this.ctx.em.transactional(async (tx) => {
      const session = await tx.findOne(Session, { id: sessionId });
      if (!session || session.revokedAt) return;
      session.revokedAt = new Date();
      audit(tx, { actorUserId: session.userId, operation: 'logout', recordType: 'Session', recordId: session.id, before: { revokedAt: null }, after: { revokedAt: session.revokedAt } }, { requestId: this.ctx.requestId, ip: this.ctx.ip });
    });
    this.ctx.viewerCache.forgetSession(sessionId);
  }

  currentUser(): Promise<User | null> {
    const userId = this.ctx.viewer?.userId;
    return userId ? this.ctx.em.findOne(User, { id: userId }) : Promise.resolve(null);
  }
}
