import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';

/** The platform's Ed25519 key pair; `kid` is the public key's RFC 7638 thumbprint. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** As /auth/jwks.json publishes it. */
  readonly publicJwk: JWK;
}

/** A public key that verifies platform tokens (a service that does not sign). */
export interface VerificationKey {
  readonly kid: string;
  readonly publicKey: KeyObject;
}

// An Ed25519 PKCS#8 document is this fixed header followed by the 32-byte seed (RFC 8410).
const ED25519_PKCS8_HEADER = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The key pair of a 32-byte seed, e.g. one generated under DATA_DIR in the embedded mode. */
export function signingKeyFromSeed(seed: Buffer): Promise<SigningKey> {
  if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
  return signingKeyOf(createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_HEADER, seed]), format: 'der', type: 'pkcs8' }));
}

/** A private key given as PKCS#8 PEM or as a JWK, either as is or in base64 (one line in an environment variable). */
export function signingKeyFromText(text: string): Promise<SigningKey> {
  const material = readKeyMaterial(text);
  const key = material.kind === 'pem' ? createPrivateKey(material.pem) : createPrivateKey({ key: material.jwk, format: 'jwk' });
  return signingKeyOf(key);
}

/** A public key (SPKI PEM or JWK, as is or in base64); a private key is accepted and its public half used. */
export async function verificationKeyFromText(text: string): Promise<VerificationKey> {
  const material = readKeyMaterial(text);
  const isPrivate = material.kind === 'pem' ? material.pem.includes('PRIVATE KEY') : typeof material.jwk['d'] === 'string';
  const publicKey = material.kind === 'pem' ? createPublicKey(material.pem) : createPublicKey({ key: isPrivate ? publicHalf(material.jwk) : material.jwk, format: 'jwk' });
  requireEd25519(publicKey);
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  return { kid: await calculateJwkThumbprint(jwk), publicKey };
}

async function signingKeyOf(privateKey: KeyObject): Promise<SigningKey> {
  requireEd25519(privateKey);
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
}

function requireEd25519(key: KeyObject): void {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`The platform signs with Ed25519 keys, not ${key.asymmetricKeyType ?? 'a symmetric key'}`);
}

type KeyMaterial = { kind: 'pem'; pem: string } | { kind: 'jwk'; jwk: Record<string, string> };

function readKeyMaterial(text: string): KeyMaterial {
  const trimmed = text.trim();
  const decoded = trimmed.startsWith('-----') || trimmed.startsWith('{') ? trimmed : Buffer.from(trimmed, 'base64').toString('utf8').trim();
  if (decoded.startsWith('-----BEGIN')) return { kind: 'pem', pem: decoded };
  if (decoded.startsWith('{')) return { kind: 'jwk', jwk: JSON.parse(decoded) as Record<string, string> };
  throw new Error('A key must be a PEM document or a JWK, as is or in base64');
}

function publicHalf(jwk: Record<string, string>): Record<string, string> {
  return { kty: jwk['kty'], crv: jwk['crv'], x: jwk['x'] };
}
