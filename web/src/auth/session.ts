// The signed-in session: authorization code + PKCE with the public client `minyi-dashboard`.
// The access token lives in memory only; the (rotating) refresh token in sessionStorage, tab-scoped.
import { reactive } from 'vue';
import { randomString, s256Challenge } from './pkce';
import type { Role } from '@/api/types';

export const CLIENT_ID = 'minyi-dashboard';
const PKCE_KEY = 'minyi.pkce';
const REFRESH_KEY = 'minyi.refresh';

export interface Claims {
  sub: string;
  role: Role;
  townships: string[];
  unit?: string;
  deputy?: string;
  exp?: number;
}

export const session = reactive({
  accessToken: null as string | null,
  expiresAt: 0,
  claims: null as Claims | null,
});

let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;

export function redirectUri(): string {
  return `${location.origin}/app/callback`;
}

export function decodeJwt(token: string): Claims {
  const part = token.split('.')[1] ?? '';
  const json = decodeURIComponent(
    Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''),
  );
  const raw = JSON.parse(json) as Record<string, unknown>;
  const townships = raw.townships;
  return {
    sub: String(raw.sub ?? ''),
    role: String(raw.role ?? 'VIEWER') as Role,
    townships: Array.isArray(townships) ? townships.map(String) : typeof townships === 'string' && townships ? townships.split(',') : [],
    unit: raw.unit ? String(raw.unit) : undefined,
    deputy: raw.deputy ? String(raw.deputy) : undefined,
    exp: typeof raw.exp === 'number' ? raw.exp : undefined,
  };
}

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  expires_in?: number;
}

function accept(tokens: TokenResponse) {
  session.accessToken = tokens.access_token;
  session.claims = decodeJwt(tokens.access_token);
  const lifetime = (tokens.expires_in ?? 300) * 1000;
  session.expiresAt = Date.now() + lifetime;
  if (tokens.refresh_token) sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token);
  clearTimeout(refreshTimer);
  if (sessionStorage.getItem(REFRESH_KEY)) {
    // Refresh a minute before expiry (or at 80 % of a short lifetime).
    const lead = Math.min(60_000, lifetime * 0.2);
    refreshTimer = setTimeout(() => void refresh(), Math.max(5_000, lifetime - lead));
  }
}

async function tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
  const res = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams(form).toString(),
  });
  if (!res.ok) throw new Error(`token endpoint: HTTP ${res.status}`);
  return (await res.json()) as TokenResponse;
}

/** Goes to the gateway's authorize endpoint; the login page there returns to /app/callback. */
export async function startAuthorize(returnPath: string): Promise<never> {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnPath }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: redirectUri(),
    code_challenge: await s256Challenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  location.assign(`/oauth2/authorize?${params.toString()}`);
  return new Promise<never>(() => {});
}

/** Exchanges the code from the callback; answers the path to go to next. */
export async function completeAuthorize(code: string, state: string): Promise<string | null> {
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as
    | { verifier: string; state: string; returnPath: string }
    | null;
  sessionStorage.removeItem(PKCE_KEY);
  if (!saved || saved.state !== state) throw new Error('state mismatch');
  accept(
    await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      client_id: CLIENT_ID,
      code_verifier: saved.verifier,
    }),
  );
  return saved.returnPath || null;
}

/** One refresh at a time; rotation makes a second concurrent refresh fail. */
export function refresh(): Promise<boolean> {
  if (refreshing) return refreshing;
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (!token) return Promise.resolve(false);
  refreshing = tokenRequest({ grant_type: 'refresh_token', refresh_token: token, client_id: CLIENT_ID })
    .then((t) => {
      accept(t);
      return true;
    })
    .catch(() => {
      sessionStorage.removeItem(REFRESH_KEY);
      return false;
    })
    .finally(() => (refreshing = null));
  return refreshing;
}

function currentToken(): string {
  return session.accessToken ?? '';
}

function currentPath(): string {
  const p = location.pathname.replace(/^\/app/, '') || '/';
  return p + location.search;
}

/** A valid access token, refreshing or signing in again when needed (drafts are saved as typed). */
export async function accessToken(): Promise<string> {
  if (session.accessToken && Date.now() < session.expiresAt - 5_000) return session.accessToken;
  if (await refresh()) return session.accessToken as string;
  return startAuthorize(currentPath());
}

/** After a 401: the token was refused (revoked, disabled, expired). */
export async function reauthenticate(): Promise<string> {
  session.accessToken = null;
  if (await refresh()) return currentToken();
  return startAuthorize(currentPath());
}

export async function ensureSignedIn(path: string): Promise<void> {
  if (session.accessToken && Date.now() < session.expiresAt - 5_000) return;
  if (await refresh()) return;
  await startAuthorize(path);
}

export async function signOut(): Promise<void> {
  const token = sessionStorage.getItem(REFRESH_KEY);
  if (token) {
    try {
      await fetch('/oauth2/revoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token, token_type_hint: 'refresh_token', client_id: CLIENT_ID }).toString(),
      });
    } catch {
      // revocation is best effort
    }
  }
  clearTimeout(refreshTimer);
  sessionStorage.removeItem(REFRESH_KEY);
  session.accessToken = null;
  session.claims = null;
  location.assign('/logout');
}
