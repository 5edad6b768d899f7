// Credentials as the signer and the HTTP layer use them, behind a provider so that short-lived credentials
// (OIDC, temporary AK/SK) can be refreshed once when they expire in the middle of a long apply.

export type ResolvedCredentials =
  | { kind: 'aksk'; accessKeyId: string; secretAccessKey: string; securityToken?: string; expiresAt?: Date }
  | { kind: 'token'; authToken: string; expiresAt?: Date };

export interface CredentialProvider {
  /** Current credentials (fetched on first use, then cached). */
  get(): Promise<ResolvedCredentials>;
  /**
   * Fetch fresh credentials after the API refused the current ones as expired. Returns null when these
   * credentials cannot be refreshed (static AK/SK): the caller then fails with the auth error.
   * `stale`: the credentials the refused request was signed with. When several concurrent calls are refused at
   * once, the first refresh replaces them and the later callers get that replacement without another exchange.
   */
  refresh(stale?: ResolvedCredentials): Promise<ResolvedCredentials | null>;
}

/** A provider for credentials that never change (AK/SK from secrets, a given IAM token). */
export function staticCredentials(creds: ResolvedCredentials): CredentialProvider {
  return { get: async () => creds, refresh: async () => null };
}
