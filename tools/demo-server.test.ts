// The demo server must serve the demo's files with the right types and nothing outside its folders.

import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, startDemoServer, type DemoServer } from './demo-server';
import { DEMO_ROOT, FIXTURES_ROOT } from './repo-paths';

describe('resolveRequestPath', () => {
  it('maps the site root and files to the demo folder', () => {
    expect(resolveRequestPath('/')).toBe(path.join(DEMO_ROOT, 'index.html'));
    expect(resolveRequestPath('/demo.js')).toBe(path.join(DEMO_ROOT, 'demo.js'));
  });

  it('maps /fixtures/ to tests/fixtures', () => {
    expect(resolveRequestPath('/fixtures/chat.html')).toBe(path.join(FIXTURES_ROOT, 'chat.html'));
    expect(resolveRequestPath('/fixtures/')).toBe(path.join(FIXTURES_ROOT, 'index.html'));
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/fixtures/%2e%2e/%2e%2e/package.json',
    '/fixtures/..%2f..%2fpackage.json',
    '/demo.js%00.html',
    '/%E0%A4%A',
  ])('refuses %s', (urlPath) => {
    expect(resolveRequestPath(urlPath)).toBeNull();
  });
});

interface Reply {
  status: number;
  contentType: string | undefined;
}

/** A plain node:http request: the project allows no fetch anywhere. */
function send(url: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('startDemoServer', () => {
  let server: DemoServer;

  beforeAll(async () => {
    server = await startDemoServer(0);
  });

  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 only, on the port it reports', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the demo with the right content types', async () => {
    await expect(send(server.url)).resolves.toEqual({ status: 200, contentType: 'text/html; charset=utf-8' });
    await expect(send(`${server.url}demo.js`)).resolves.toEqual({ status: 200, contentType: 'text/javascript; charset=utf-8' });
    await expect(send(`${server.url}demo.css`)).resolves.toEqual({ status: 200, contentType: 'text/css; charset=utf-8' });
  });

  it('answers 404 for missing files and 405 for anything but GET and HEAD', async () => {
    await expect(send(`${server.url}missing.js`)).resolves.toMatchObject({ status: 404 });
    await expect(send(server.url, 'POST')).resolves.toMatchObject({ status: 405 });
    await expect(send(server.url, 'HEAD')).resolves.toMatchObject({ status: 200 });
  });
});
