/** Bytes over the wire: raw HTTP responses (no decompression) and what a page refers to. */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** The bytes over the wire (no decompression), with the headers. */
export function raw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

/** A raw response's body as the browser reads it: decompressed after its Content-Encoding. */
export function decoded(r: { headers: Record<string, string | string[] | undefined>; body: Buffer }): Buffer {
  const encoding = r.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(r.body);
  if (encoding === 'gzip') return gunzipSync(r.body);
  if (encoding === undefined) return r.body;
  throw new Error(`unexpected Content-Encoding ${String(encoding)}`);
}

/** What a first visit loads: the page and every script and style it refers to. */
export function referenced(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/'));
}
