import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFLINE_PREFS, proxyPrefs, startRefusingProxy, type RefusingProxy } from './firefox-offline';

let proxy: RefusingProxy | null = null;

afterEach(async () => {
  await proxy?.close();
  proxy = null;
});

/** A plain-http request sent to the proxy the way Firefox sends one (absolute URL). */
function viaProxy(port: number, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path: url, headers: { Host: new URL(url).host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** An https tunnel request (CONNECT); resolves with the proxy's status line. */
function tunnelViaProxy(port: number, hostAndPort: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`CONNECT ${hostAndPort} HTTP/1.1\r\nHost: ${hostAndPort}\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('the refusing proxy', () => {
  it('refuses and records plain requests and https tunnels', async () => {
    proxy = await startRefusingProxy();
    await expect(viaProxy(proxy.port, 'http://detectportal.firefox.com/canonical.html')).resolves.toBe(403);
    await expect(tunnelViaProxy(proxy.port, 'firefox.settings.services.mozilla.com:443')).resolves.toBe('HTTP/1.1 403 Forbidden');
    expect(proxy.attempts.map((attempt) => attempt.request)).toEqual([
      'GET http://detectportal.firefox.com/canonical.html',
      'CONNECT firefox.settings.services.mozilla.com:443',
    ]);
  });
});

describe('the offline preferences', () => {
  it('send every connection through the proxy and never fall back to a direct one', () => {
    expect(proxyPrefs(4321)).toMatchObject({
      'network.proxy.type': 1,
      'network.proxy.http_port': 4321,
      'network.proxy.ssl_port': 4321,
      'network.proxy.failover_direct': false,
    });
  });

  it('switch off the services that call home', () => {
    expect(OFFLINE_PREFS).toMatchObject({
      'app.update.disabledForTesting': true,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'dom.push.enabled': false,
    });
  });
});
