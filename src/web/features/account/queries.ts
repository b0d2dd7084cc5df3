import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../contracts/accounts.js';
import { ApiError, api } from '../../api/client.js';

export const accountKeys = {
  me: ['auth', 'me'] as const,
  sessions: ['auth', 'sessions'] as const,
  users: ['admin', 'users'] as const,
};

/** Who is signed in. A 401 means server mode with nobody signed in (local mode never answers 401). */
export async function fetchMe(): Promise<Me> {
  try {
    return await api<Me>('GET', '/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return { mode: 'server' };
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: accountKeys.me, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** Pages anyone may open without being signed in. */
export const PUBLIC_PAGES = ['/sign-in', '/accept-invitation', '/reset-password'] as const;

export function isPublicPage(pathname: string): boolean {
  return (PUBLIC_PAGES as readonly string[]).includes(pathname);
}

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || isPublicPage(next.split('?')[0] ?? '')) return '/';
  return next;
}

/** The secret of an invitation or reset link: it travels in the address's fragment (`#token=…`). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{20,100}$/.test(token) ? token : null;
}

/** A short, readable name for a browser from its user agent. */
export function deviceName(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : null;
  const os = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS X/.test(userAgent) ? 'macOS' : /Windows/.test(userAgent) ? 'Windows' : /Linux/.test(userAgent) ? 'Linux' : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? userAgent.slice(0, 40);
}
