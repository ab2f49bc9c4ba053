import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'hromada_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token from `Authorization: Bearer …` or, failing that, the session cookie. */
export function readSessionToken(headers: Record<string, string | string[] | undefined>): {
  token: string;
  via: 'bearer' | 'cookie';
} | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+\S+$/i.test(auth)) {
    return { token: auth.replace(/^Bearer\s+/i, ''), via: 'bearer' };
  }
  const cookie = typeof headers.cookie === 'string' ? headers.cookie : '';
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE && rest.length > 0) return { token: decodeURIComponent(rest.join('=')), via: 'cookie' };
  }
  return null;
}
