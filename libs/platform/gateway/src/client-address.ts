import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from: the socket's peer, or, behind `trustedProxyHops` reverse
 * proxies, the address the outermost trusted proxy saw (X-Forwarded-For read from the right).
 * Without a trusted proxy the header is ignored: anyone can write it.
 */
export function clientAddressOf(request: IncomingMessage, trustedProxyHops = 0): string {
  const peer = normalise(request.socket.remoteAddress ?? 'unknown');
  if (trustedProxyHops <= 0) return peer;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded.map(normalise), peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)];
}

// IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one client, one key.
function normalise(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
