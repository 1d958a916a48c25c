// A tiny static file server for the demo chat page (demo/) and, when it exists, the e2e fixture
// pages (tests/fixtures/ under /fixtures/). It listens on 127.0.0.1 only: the demo is for this
// machine's browser, never for the network.
//
//   npx tsx tools/demo-server.ts [port]     (port 0 or none: any free port)

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { DEMO_ROOT, FIXTURES_ROOT } from './repo-paths';

const FIXTURES_PREFIX = '/fixtures/';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Maps a request path to a file inside one of the served folders, or null when it points
 * anywhere else. Resolving and then checking the prefix (rather than filtering "..") is what
 * makes traversal impossible, whatever encoding the request used.
 */
export function resolveRequestPath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return null;
  }
  const inFixtures = decoded.startsWith(FIXTURES_PREFIX);
  const root = inFixtures ? FIXTURES_ROOT : DEMO_ROOT;
  const relative = inFixtures ? decoded.slice(FIXTURES_PREFIX.length) : decoded;
  const withIndex = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const resolved = path.resolve(root, `.${path.posix.sep}${withIndex}`);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

async function serveFile(filePath: string, method: string, response: ServerResponse): Promise<void> {
  const info = await stat(filePath).catch(() => null);
  if (info === null || !info.isFile()) {
    sendText(response, 404, 'Not found');
    return;
  }
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': info.size,
    // Always fresh: people edit the demo and reload, and tests must never see a stale script.
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(method === 'HEAD' ? undefined : await readFile(filePath));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  // Only the path matters; the host part is a fixed placeholder for the URL parser.
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const filePath = resolveRequestPath(pathname);
  if (filePath === null) {
    sendText(response, 404, 'Not found');
    return;
  }
  await serveFile(filePath, method, response);
}

/** Starts serving on 127.0.0.1; port 0 picks any free port. */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  if (!existsSync(path.join(DEMO_ROOT, 'index.html'))) {
    throw new Error(`The demo page is missing: ${path.join(DEMO_ROOT, 'index.html')}`);
  }
  const server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        sendText(response, 500, 'Internal error');
      }
      console.error('demo server:', error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isRunDirectly()) {
  const requestedPort = Number(process.argv[2] ?? '0');
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    console.error(`Not a port number: ${process.argv[2] ?? ''}`);
    process.exit(2);
  }
  const server = await startDemoServer(requestedPort);
  console.log(`Demo chat page: ${server.url}`);
  console.log('Press Ctrl-C to stop.');
}
