// Service endpoints per region (docs/reference/dli-api.md, preflight-api.md) and the check every endpoint override goes
// through.
import { RunFailure } from '../failure.js';
import type { Endpoints } from '../settings.js';

/** eu-west-101 (Dublin) lives under myhuaweicloud.eu; every other region under myhuaweicloud.com. */
export function regionDomain(region: string): string {
  return region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
}

/**
 * Default endpoints for a region, each replaced by its override when one is given (overrides are validated and
 * lose any trailing slash). IAM is the regional endpoint (project lookup and tokens work there too).
 */
export function deriveEndpoints(
  region: string,
  overrides: Partial<Record<keyof Endpoints, string | undefined>> = {},
): Endpoints {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(region)) {
    throw new RunFailure('validation-failed', `region "${region}" is not a Huawei Cloud region name (e.g. cn-north-4)`);
  }
  const domain = regionDomain(region);
  const pick = (service: keyof Endpoints, inputName: string): string => {
    const override = overrides[service]?.trim();
    return override ? validateEndpoint(override, inputName) : `https://${service}.${region}.${domain}`;
  };
  return {
    dli: pick('dli', 'endpoint'),
    iam: pick('iam', 'iam-endpoint'),
    sts: pick('sts', 'sts-endpoint'),
    vpc: pick('vpc', 'vpc-endpoint'),
  };
}

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h === '[::1]') return true;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return m !== null && m[1] === '127' && m.slice(2).every((o) => Number(o) <= 255);
}

/**
 * https only, except http to loopback (127.0.0.0/8, localhost, [::1]) for the emulator. No credentials, query or
 * fragment in the URL. Returns the URL without a trailing slash; throws a RunFailure naming the input.
 */
export function validateEndpoint(url: string, inputName: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RunFailure('validation-failed', `input \`${inputName}\`: "${url}" is not a URL (expected https://host)`);
  }
  const fail = (why: string): never => {
    throw new RunFailure('validation-failed', `input \`${inputName}\`: ${why}`);
  };
  if (parsed.protocol === 'http:') {
    if (!isLoopbackHost(parsed.hostname)) {
      fail(`"${parsed.origin}" uses http://; only https:// is allowed (http:// only to loopback, for tests)`);
    }
  } else if (parsed.protocol !== 'https:') {
    fail(`"${parsed.protocol}" is not allowed; use https://`);
  }
  if (parsed.username || parsed.password) fail('must not contain credentials');
  if (parsed.search || parsed.hash) fail('must not contain a query or fragment');
  return parsed.href.replace(/\/+$/, '');
}
