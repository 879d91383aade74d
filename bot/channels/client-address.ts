/**
 * Who is asking: the client address every limit counts by. Directly connected, that is the
 * socket's address. Behind a reverse proxy listed in `TRUST_PROXY`, it is the right-most address
 * in `X-Forwarded-For` that is not itself a trusted proxy (a client can prepend anything to that
 * header, but not what the trusted proxies appended). Nothing is ever trusted for being loopback
 * unless the operator says so.
 * @packageDocumentation
 */
import { BlockList, isIP } from 'node:net';

/** Reads the client address of a request (socket address and headers). */
export type ClientAddress = (req: { readonly socket?: { readonly remoteAddress?: string | undefined } | null; readonly headers: Readonly<Record<string, string | string[] | undefined>> }) => string;

/** Parses a `TRUST_PROXY` entry list; returns the list of entries it could not read. */
export function parseTrustedProxies(entries: readonly string[]): { list: BlockList; invalid: string[] } {
  const list = new BlockList();
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const parts = entry.split('/');
    const [addr, bits] = parts as [string, string | undefined];
    const family = isIP(addr);
    // "10.0.0.0/" is not a /0 (which would trust every address), and "a/8/99" is not a range
    const prefix = bits === undefined ? undefined : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (family === 0 || parts.length > 2 || (prefix !== undefined && (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)))) {
      invalid.push(entry);
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, prefix, type);
  }
  return { list, invalid };
}

/** An address without the IPv4-mapped IPv6 prefix (`::ffff:127.0.0.1` → `127.0.0.1`). */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client-address function for a list of trusted proxies (empty: never read headers).
 * @param entries - addresses, CIDR ranges or `loopback`
 */
export function clientAddress(entries: readonly string[]): ClientAddress {
  const { list } = parseTrustedProxies(entries);
  const any = entries.some((e) => e.trim() !== '');
  return (req) => {
    const socket = plain(req.socket?.remoteAddress ?? '');
    if (!any || !trusted(list, socket)) return socket || 'unknown';
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').slice(-32).map((h) => plain(h.trim()));
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = hops[i]!;
      if (isIP(hop) === 0) return socket; // a malformed hop: count the proxy itself, never a made-up name
      if (!trusted(list, hop)) return hop;
    }
    return hops[0] || socket;
  };
}
