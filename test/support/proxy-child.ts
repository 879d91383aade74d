/**
 * A small reverse proxy for tests, run as its own process: forwards every request to TARGET and
 * appends the client's socket address to X-Forwarded-For, as nginx's
 * `$proxy_add_x_forwarded_for` does. Prints `listening <port>` once it listens.
 */
import { createServer, request } from 'node:http';

const target = new URL(process.env.TARGET ?? 'http://127.0.0.1:3978');
const server = createServer((req, res) => {
  const prior = req.headers['x-forwarded-for'];
  const forwarded = [prior, req.socket.remoteAddress?.replace(/^::ffff:/, '')].filter(Boolean).join(', ');
  const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
