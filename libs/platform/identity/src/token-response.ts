/** RFC 6749 §5.1, as /auth/token answers. */
export interface TokenResponse {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly refresh_token?: string;
  /** When the session ends, whatever the refreshes (ISO instant). */
  readonly refresh_expires_at?: string;
  readonly scope?: string;
}
