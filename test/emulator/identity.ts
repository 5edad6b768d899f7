// Credentials the emulator knows: permanent AK/SK pairs, temporary AK/SK (+ security token) issued by STS or the
// IAM securitytokens call, and IAM tokens (X-Auth-Token). Plus the IAM/STS request handlers that issue them.
import { randomBytes, randomUUID } from 'node:crypto';
import type { SecretInfo } from './signature.js';
import { EmuError } from './state.js';

export interface OidcConfig {
  providerUrn: string;
  agencyUrn: string;
  /** id_tokens accepted verbatim (whatever their claims). */
  validTokens?: string[];
  /** When set, a JWT not in validTokens is accepted only if its `aud` claim equals (or contains) this value. */
  audience?: string;
  /** When set, a legacy id-token exchange must carry this X-Idp-Id. */
  idpId?: string;
  /** Lifetime of every credential issued through OIDC / securitytokens, overriding the requested duration. */
  credentialTtlSeconds?: number;
}

export interface PasswordUser {
  name: string;
  password: string;
  domainName?: string;
}

interface TempKey {
  secret: string;
  securityToken: string;
  expiresAt: number;
  expired: boolean;
}
interface IssuedToken {
  expiresAt: number;
  expired: boolean;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function randomString(n: number, alphabet = ALNUM + 'abcdefghijklmnopqrstuvwxyz'): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i]! % alphabet.length];
  return s;
}

export function newAccessKeyId(): string {
  return 'EMU' + randomString(17, ALNUM);
}
export function newSecretKey(): string {
  return randomString(40);
}

const bad = (code: string, msg: string, status = 400) => new EmuError(status, code, msg);

export class IdentityStore {
  private readonly permanent = new Map<string, string>();
  private readonly temporary = new Map<string, TempKey>();
  private readonly tokens = new Map<string, IssuedToken>();
  /** Every token, temporary key id, secret and security token handed out, in order (for leak checks in tests). */
  readonly issuedSecrets: string[] = [];

  constructor(
    pairs: { accessKeyId: string; secretAccessKey: string }[],
    readonly oidc: OidcConfig | undefined,
    readonly users: PasswordUser[] | undefined,
  ) {
    for (const p of pairs) this.permanent.set(p.accessKeyId, p.secretAccessKey);
  }

  lookupSecret = (ak: string): SecretInfo | undefined => {
    const perm = this.permanent.get(ak);
    if (perm !== undefined) return { secretAccessKey: perm };
    const t = this.temporary.get(ak);
    if (!t) return undefined;
    return { secretAccessKey: t.secret, securityToken: t.securityToken, expired: t.expired || Date.now() >= t.expiresAt };
  };

  tokenValid(token: string): boolean {
    const t = this.tokens.get(token);
    return !!t && !t.expired && Date.now() < t.expiresAt;
  }

  issueToken(expiresInMs = 24 * 3600 * 1000): { token: string; expiresAt: number } {
    const token = 'MIIE' + randomString(120);
    const expiresAt = Date.now() + expiresInMs;
    this.tokens.set(token, { expiresAt, expired: false });
    this.issuedSecrets.push(token);
    return { token, expiresAt };
  }

  issueTemporaryKey(ttlSeconds: number): { ak: string; sk: string; securityToken: string; expiresAt: number } {
    const ak = newAccessKeyId();
    const sk = newSecretKey();
    const securityToken = 'gQpjbi1ub3J0aC00' + randomString(160);
    const expiresAt = Date.now() + ttlSeconds * 1000;
    this.temporary.set(ak, { secret: sk, securityToken, expiresAt, expired: false });
    this.issuedSecrets.push(ak, sk, securityToken);
    return { ak, sk, securityToken, expiresAt };
  }

  /** Every issued token and temporary key is refused from now on (permanent AK/SKs keep working). */
  expireAll(): void {
    for (const t of this.tokens.values()) t.expired = true;
    for (const t of this.temporary.values()) t.expired = true;
  }

  private ttl(requested: number): number {
    return this.oidc?.credentialTtlSeconds ?? requested;
  }

  // ---- IAM: POST /v3/auth/tokens (password) ----
  passwordToken(body: unknown, projects: { id: string; name: string }[]): { token: string; body: unknown } {
    const auth = (body as { auth?: Record<string, unknown> } | null)?.auth;
    const identity = auth?.identity as { methods?: unknown; password?: { user?: Record<string, unknown> } } | undefined;
    const user = identity?.password?.user;
    if (!Array.isArray(identity?.methods) || !identity.methods.includes('password') || !user) {
      throw bad('IAM.0001', 'auth.identity.methods must include "password" and auth.identity.password.user is required');
    }
    const name = user.name;
    const password = user.password;
    const domainName = (user.domain as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string' || !name || typeof password !== 'string' || !password) {
      throw bad('IAM.0001', 'user name and password are required');
    }
    if (this.users && !this.users.some((u) => u.name === name && u.password === password && (!u.domainName || u.domainName === domainName))) {
      throw bad('IAM.0004', 'The username or password is wrong.', 401);
    }
    const project = this.scopeProject(auth?.scope, projects);
    const { token, expiresAt } = this.issueToken();
    return {
      token,
      body: {
        token: {
          methods: ['password'],
          expires_at: new Date(expiresAt).toISOString(),
          issued_at: new Date().toISOString(),
          user: { name, id: randomUUID().replace(/-/g, ''), domain: { name: domainName ?? name } },
          ...(project ? { project: { id: project.id, name: project.name } } : {}),
        },
      },
    };
  }

  // ---- IAM federation: POST /v3.0/OS-AUTH/id-token/tokens ----
  idTokenExchange(
    idpId: string | undefined,
    body: unknown,
    projects: { id: string; name: string }[],
  ): { token: string; body: unknown } {
    if (!idpId) throw bad('IAM.0001', 'header X-Idp-Id is required');
    if (this.oidc?.idpId && this.oidc.idpId !== idpId) throw bad('IAM.0002', `identity provider ${idpId} does not exist`, 404);
    const auth = (body as { auth?: Record<string, unknown> } | null)?.auth;
    const jwt = (auth?.id_token as { id?: unknown } | undefined)?.id;
    if (typeof jwt !== 'string') throw bad('IAM.0001', 'auth.id_token.id is required');
    this.checkIdToken(jwt);
    const project = this.scopeProject(auth?.scope, projects);
    const { token, expiresAt } = this.issueToken(this.ttl(24 * 3600) * 1000);
    return {
      token,
      body: {
        token: {
          methods: ['mapped'],
          expires_at: new Date(expiresAt).toISOString(),
          issued_at: new Date().toISOString(),
          ...(project ? { project: { id: project.id, name: project.name } } : {}),
        },
      },
    };
  }

  // ---- IAM: POST /v3.0/OS-CREDENTIAL/securitytokens (X-Auth-Token already checked) ----
  securityToken(body: unknown): unknown {
    const identity = (body as { auth?: { identity?: { methods?: unknown; token?: { duration_seconds?: unknown } } } } | null)
      ?.auth?.identity;
    if (!identity || !Array.isArray(identity.methods) || !identity.methods.includes('token')) {
      throw bad('IAM.0001', 'auth.identity.methods must include "token"');
    }
    const d = identity.token?.duration_seconds ?? 900;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 900 || d > 86400) {
      throw bad('IAM.0001', 'duration_seconds must be an integer from 900 to 86400');
    }
    const k = this.issueTemporaryKey(this.ttl(d));
    return {
      credential: { access: k.ak, secret: k.sk, securitytoken: k.securityToken, expires_at: new Date(k.expiresAt).toISOString() },
    };
  }

  // ---- STS: POST /v5/agencies/assume-with-oidc (unsigned) ----
  assumeWithOidc(body: unknown): unknown {
    const b = body as Record<string, unknown> | null;
    if (!b || typeof b !== 'object') throw bad('IAM.0001', 'request body must be a JSON object');
    const { provider_urn, agency_urn, agency_session_name, id_token } = b;
    const duration = b.duration_seconds ?? 3600;
    if (typeof provider_urn !== 'string' || !/^iam::\d+:oidcProvider:.+$/.test(provider_urn)) {
      throw bad('IAM.0001', 'provider_urn must look like iam::<account-id>:oidcProvider:<name>');
    }
    if (typeof agency_urn !== 'string' || !/^iam::\d+:agency:.+$/.test(agency_urn)) {
      throw bad('IAM.0001', 'agency_urn must look like iam::<account-id>:agency:<name>');
    }
    if (typeof agency_session_name !== 'string' || agency_session_name.length < 2 || agency_session_name.length > 128) {
      throw bad('IAM.0001', 'agency_session_name must be 2-128 characters');
    }
    if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 900 || duration > 43200) {
      throw bad('IAM.0001', 'duration_seconds must be an integer from 900 to 43200');
    }
    if (typeof id_token !== 'string') throw bad('IAM.0001', 'id_token is required');
    if (this.oidc && provider_urn !== this.oidc.providerUrn) {
      throw bad('IAM.0003', `OIDC provider ${provider_urn} does not exist`, 404);
    }
    if (this.oidc && agency_urn !== this.oidc.agencyUrn) {
      throw bad('IAM.0005', `agency ${agency_urn} does not trust provider ${provider_urn}`, 403);
    }
    this.checkIdToken(id_token);
    const k = this.issueTemporaryKey(this.ttl(duration));
    return {
      credentials: {
        access_key_id: k.ak,
        secret_access_key: k.sk,
        security_token: k.securityToken,
        expiration: new Date(k.expiresAt).toISOString(),
      },
      assumed_agency: { urn: `${agency_urn.replace(':agency:', ':assumed-agency:')}/${agency_session_name}`, id: randomUUID() },
      source_identity: agency_session_name,
    };
  }

  /** A JWT is accepted when listed in validTokens, or when well-formed, unexpired and (if configured) for our audience. */
  private checkIdToken(jwt: string): void {
    const parts = jwt.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)) || !parts[0] || !parts[1]) {
      throw bad('IAM.0001', 'id_token is not a JWT (three base64url parts)');
    }
    if (this.oidc?.validTokens?.includes(jwt)) return;
    let claims: { aud?: unknown; exp?: unknown };
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as typeof claims;
    } catch {
      throw bad('IAM.0001', 'id_token payload is not JSON');
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
      throw bad('IAM.0006', 'id_token has expired', 401);
    }
    const want = this.oidc?.audience;
    if (this.oidc?.validTokens && want === undefined) throw bad('IAM.0006', 'id_token is not trusted', 401);
    if (want !== undefined) {
      const aud = claims.aud;
      const ok = aud === want || (Array.isArray(aud) && aud.includes(want));
      if (!ok) throw bad('IAM.0006', `id_token audience does not match ${want}`, 401);
    }
  }

  private scopeProject(
    scope: unknown,
    projects: { id: string; name: string }[],
  ): { id: string; name: string } | undefined {
    const p = (scope as { project?: { id?: unknown; name?: unknown } } | undefined)?.project;
    if (!p) return undefined;
    const found = projects.find((x) => (p.id !== undefined && x.id === p.id) || (p.name !== undefined && x.name === p.name));
    if (!found) throw bad('IAM.0002', 'the project in scope does not exist', 404);
    return found;
  }
}
