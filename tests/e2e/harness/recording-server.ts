/**
 * The test pages' web server, which is also the HTTP proxy of the browser under test. Each
 * browser gets its own instance, so every request that browser makes (the page, its
 * subresources, and anything the extension might fetch from a content script, the background
 * or its pages) lands here and is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export interface RecordingServer {
  origin: string;
  /** The `host:port` to give the browser as its proxy. */
  proxy: string;
  /** Every request in arrival order: `METHOD absolute-url`, or `CONNECT host:port` for a tunnel. */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingServer(route: (path: string) => Route | undefined): Promise<RecordingServer> {
  const requests: string[] = [];
  let origin = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // A proxied request carries an absolute URL; a direct one only the path.
    const url = new URL(req.url ?? '/', origin);
    requests.push(`${req.method} ${url.href}`);
    const found = url.origin === origin && req.method === 'GET' ? route(url.pathname) : undefined;
    if (!found) {
      res.writeHead(url.origin === origin ? 404 : 502, { 'content-type': 'text/plain' }).end();
      return;
    }
    res.writeHead(found.status ?? 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...found.headers });
    res.end(found.body);
  });
  // HTTPS and WebSocket-over-TLS go through CONNECT: record the host and refuse the tunnel.
  server.on('connect', (req: IncomingMessage, socket) => {
    requests.push(`CONNECT ${req.url}`);
    // The browser may reset a refused tunnel before reading the answer; that is no test failure.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    proxy: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
