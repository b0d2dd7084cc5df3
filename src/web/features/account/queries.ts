import { useQuery } from '@tanstack/react-query';
import type { CreateInvitation, Me, UpdateUser } from '../../../contracts/accounts.js';
import type { COMMENT_TARGETS, CreateComment, CreateShare } from '../../../contracts/sharing.js';
import { ApiError, api, csrfToken } from '../../api/client.js';
import { accountKeys } from '../../api/keys.js';

export { accountKeys };

/** Who is signed in. A 401 means server mode with nobody signed in (local mode never answers 401). */
export async function fetchMe(): Promise<Me> {
  try {
    return await api('GET /api/auth/me');
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
  if (
    typeof next !== 'string' ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    isPublicPage(next.split('?')[0] ?? '')
  )
    return '/';
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
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Windows/.test(userAgent)
          ? 'Windows'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? userAgent.slice(0, 40);
}

/** Server mode: makes sure the CSRF cookie is set before a first write (any read leaves it). */
async function ensureCsrfCookie(): Promise<void> {
  if (!csrfToken()) await api('GET /api/health');
}

/** Signs in with an email and password. */
export async function logIn(body: { email: string; password: string }): Promise<Me> {
  await ensureCsrfCookie();
  return api('POST /api/auth/login', { body });
}

/** Creates the account an invitation link offers, and signs it in. */
export async function acceptInvitation(body: { token: string; displayName: string; password: string }): Promise<Me> {
  await ensureCsrfCookie();
  return api('POST /api/auth/accept-invitation', { body });
}

/** Sets a new password with the token of a reset link. */
export async function resetPassword(body: { token: string; password: string }): Promise<void> {
  await ensureCsrfCookie();
  await api('POST /api/auth/reset-password', { body });
}

/** Signs this browser's session out, or every session of the account. */
export function signOut(everywhere: boolean) {
  return api(everywhere ? 'POST /api/auth/logout-everywhere' : 'POST /api/auth/logout');
}

/** The account's signed-in sessions. */
export const listSessions = () => api('GET /api/auth/sessions');
/** Signs one session out. */
export const deleteSession = (id: string) => api('DELETE /api/auth/sessions/:id', { params: { id } });
/** Changes the password (the current one is asked again). */
export const changePassword = (body: { currentPassword: string; newPassword: string }) => api('POST /api/auth/password', { body });
/** Deletes the account and everything in it (the password is asked again). */
export const deleteAccount = (password: string) => api('POST /api/account/delete', { body: { password } });

/** Admin: the accounts of this server. */
export const listUsers = () => api('GET /api/admin/users');
/** Admin: invites someone by email with a role. */
export const inviteUser = (body: CreateInvitation) => api('POST /api/admin/invitations', { body });
/** Admin: changes an account's role or whether it is disabled. */
export const updateUser = (id: string, body: UpdateUser) => api('PATCH /api/admin/users/:id', { params: { id }, body });
/** Admin: a password-reset link for an account. */
export const resetLink = (id: string) => api('POST /api/admin/users/:id/reset-link', { params: { id } });
/** Admin: deletes an account. */
export const deleteUser = (id: string) => api('DELETE /api/admin/users/:id', { params: { id } });

/** The shares the user gave and the ones given to them. */
export const listShares = () => api('GET /api/shares');
/** Shares an opportunity or all answers with a coach. */
export const createShare = (body: CreateShare) => api('POST /api/shares', { body });
/** Revokes one of your shares. */
export const revokeShare = (id: string) => api('DELETE /api/shares/:id', { params: { id } });
/** What a share lets a coach see. */
export const shareContent = (id: string) => api('GET /api/shares/:id/content', { params: { id } });
/** The comments on a share. */
export const shareComments = (id: string) => api('GET /api/shares/:id/comments', { params: { id } });
/** A coach's comment on something shared with them. */
export const addComment = (shareId: string, body: CreateComment) => api('POST /api/shares/:id/comments', { params: { id: shareId }, body });
/** The comments on one thing of the user's. */
export const commentsOn = (query: { targetKind: (typeof COMMENT_TARGETS)[number]; targetId: string }) =>
  api('GET /api/comments', { query });
