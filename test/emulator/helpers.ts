// Small helpers for tests that talk to the emulator over HTTP (signed with the emulator's own test signer).
import type { Emulator } from './index.js';
import { rawRequest, signedRequest, type SimpleResponse } from './sign.js';

export interface CallOptions {
  body?: unknown;
  /** Overrides for the signature inputs. */
  accessKeyId?: string;
  secretAccessKey?: string;
  projectId?: string | null;
  securityToken?: string;
  date?: number;
  extraHeaders?: Record<string, string>;
}

/** A signed call to `emu.url + path` with the emulator's default AK/SK and project. */
export function call(emu: Emulator, method: string, path: string, o: CallOptions = {}): Promise<SimpleResponse> {
  return signedRequest(method, emu.url + path, {
    body: o.body,
    accessKeyId: o.accessKeyId ?? emu.ak,
    secretAccessKey: o.secretAccessKey ?? emu.sk,
    projectId: o.projectId === null ? undefined : (o.projectId ?? emu.projectId),
    securityToken: o.securityToken,
    date: o.date,
    extraHeaders: o.extraHeaders,
  });
}

/** An unsigned call (STS, IAM token endpoints, or X-Auth-Token calls). */
export function unsigned(emu: Emulator, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return rawRequest(
    method,
    emu.url + path,
    { 'content-type': 'application/json', ...headers },
    body === undefined ? undefined : JSON.stringify(body),
  );
}

export const connPath = (emu: Emulator, suffix = '') => `/v2.0/${emu.projectId}/datasource/enhanced-connections${suffix}`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A JWT-shaped token (unsigned: the emulator checks shape and claims, not the issuer's signature). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}.${Buffer.from('signature').toString('base64url')}`;
}
