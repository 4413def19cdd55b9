/** Access tokens revoked before they expire, by `jti`; consulted on every request that carries one. */
export interface RevokedAccessTokens {
  isRevoked(jti: string): Promise<boolean>;
}
