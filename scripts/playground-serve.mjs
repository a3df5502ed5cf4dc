#!/usr/bin/env node
/**
 * Serves playground/dist/ (built by `npm run playground:build`) on http://127.0.0.1:4173/ (PORT overrides) until
 * stopped, with the headers that make the page cross-origin isolated — Z3's threads need SharedArrayBuffer:
 * Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp. Static files only, from
 * node:http; nothing outside dist/ is served.
 *
 * `--no-isolation-headers` leaves the two headers out, as GitHub Pages does: the page then isolates itself with its
 * service worker (coi-sw.js), which the browser tests check.
 */
import { createServer } from 'node:http';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'playground', 'dist');
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
const isolation = !process.argv.includes('--no-isolation-headers');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error('playground/dist/ holds no build: run `npm run playground:build` first');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((request, response) => {
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (isolation)
    Object.assign(headers, {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, headers).end('bad request');
    return;
  }
  const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  // No path outside dist/ (`..`, encoded or not, is resolved by path.join before this test).
  if (file !== root && !file.startsWith(root + path.sep)) {
    response.writeHead(403, headers).end('forbidden');
    return;
  }
  fs.stat(file, (error, stat) => {
    if (error !== null || !stat.isFile()) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // Revalidated on every load (no-cache), so a rebuilt page is never mixed with stale files; unchanged ones are 304.
    const modified = stat.mtime.toUTCString();
    if (request.headers['if-modified-since'] === modified) {
      response.writeHead(304, { ...headers, 'Last-Modified': modified }).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Last-Modified': modified,
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(file).pipe(response);
  });
});

server.listen(port, '127.0.0.1', () => {
  const { port: bound } = server.address();
  console.log(
    `iam-proof playground on http://127.0.0.1:${bound}/${isolation ? '' : ' (without COOP/COEP headers)'} — Ctrl-C stops it`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
