// Keeping Firefox off the network in tests (issue 5, "Firefox": the e2e tests run in Debian's
// firefox-esr). Two layers:
//  1. Preferences that switch off every background service that talks to Mozilla or anyone else
//     (updates, telemetry, captive-portal and connectivity checks, Safe Browsing, remote settings,
//     push, DNS over HTTPS, prefetching and speculative connections, geolocation, add-on and
//     plug-in updates, new-tab content). Names as in Firefox ESR 140–153's modules/libpref
//     StaticPrefList.yaml and browser/app/profile/firefox.js.
//  2. Whatever still tries is caught: every http/https/ws connection goes through a proxy on
//     127.0.0.1 that records the attempt and refuses it (network.proxy.failover_direct=false, so a
//     refused proxy never means "go direct"). Tests assert the record is empty.
// docs/firefox.md tells how this was verified at the system-call level (strace of connect()).
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

type PrefValue = string | number | boolean;

/** Preferences that keep Firefox's own services quiet; the proxy prefs are added per launch. */
export const OFFLINE_PREFS: Readonly<Record<string, PrefValue>> = {
  // Updates of Firefox, add-ons, system add-ons, search engines, media plug-ins (OpenH264, Widevine).
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.service.enabled': false,
  'app.update.staging.enabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': '',
  'extensions.webservice.discoverURL': '',
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.blocklist.enabled': false,
  'browser.discovery.enabled': false,
  'browser.search.update': false,
  'browser.search.geoSpecificDefaults': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  'media.eme.enabled': false,
  // Telemetry, studies, crash reports.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'toolkit.coverage.opt-out': true,
  'toolkit.coverage.endpoint.base': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'breakpad.reportURL': '',
  'browser.tabs.crashReporting.sendReport': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  // Captive portal and connectivity checks (detectportal.firefox.com).
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  'network.connectivity-service.IPv4.url': '',
  'network.connectivity-service.IPv6.url': '',
  // Safe Browsing and tracking-protection list downloads.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  'privacy.trackingprotection.enabled': false,
  // Remote settings (blocklists, certificate revocation, ML models…) and Web Push.
  // Release builds honour this only with MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the environment
  // (services/settings/Utils.sys.mjs, allowServerURLOverride), which launchFirefoxWithExtension
  // sets. Port 1 on this machine: nothing listens there, so a sync fails at once, locally.
  'services.settings.server': 'http://127.0.0.1:1/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  'security.certerrors.mitm.priming.enabled': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  // DNS: no DNS over HTTPS (mode 5 = off by choice), no prefetching, no speculative connections.
  'network.trr.mode': 5,
  'network.trr.uri': '',
  'network.trr.confirmationNS': 'skip',
  'doh-rollout.disable-heuristics': true,
  'network.dns.disablePrefetch': true,
  'network.dns.disablePrefetchFromHTTPS': true,
  'network.dns.native_https_query': false,
  'network.predictor.enabled': false,
  'network.predictor.enable-prefetch': false,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.sntp.pools': '',
  // Location, region, search suggestions, new tab and its sponsored content, translations, ML.
  'geo.enabled': false,
  'geo.provider.network.url': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.suggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.topsites.contile.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.aboutwelcome.enabled': false,
  'extensions.pocket.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'identity.fxaccounts.enabled': false,
  'browser.uitour.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'startup.homepage_welcome_url': 'about:blank',
  'startup.homepage_welcome_url.additional': '',
  'browser.startup.page': 0,
};

/** Every connection goes to the refusing proxy, except to the machine itself (127.0.0.1). */
export function proxyPrefs(port: number): Record<string, PrefValue> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    // Names are resolved by the proxy (which resolves nothing), never by Firefox.
    'network.proxy.socks_remote_dns': true,
    'network.proxy.failover_direct': false,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
  };
}

/** A connection Firefox tried to open: "CONNECT host:443" or "GET http://host/path". */
export interface RefusedAttempt {
  request: string;
  at: number;
}

export interface RefusingProxy {
  readonly port: number;
  /** Every attempt so far, oldest first. */
  readonly attempts: readonly RefusedAttempt[];
  close(): Promise<void>;
}

/** Starts the proxy on 127.0.0.1 (any free port). It answers every request with 403. */
export async function startRefusingProxy(): Promise<RefusingProxy> {
  const attempts: RefusedAttempt[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push({ request: `${request.method ?? '?'} ${request.url ?? ''}`, at: Date.now() });
    response.writeHead(403, { 'Content-Type': 'text/plain', Connection: 'close' });
    response.end('Heads Up tests: no network');
  });
  server.on('connect', (request, socket: Socket) => {
    attempts.push({ request: `CONNECT ${request.url ?? ''}`, at: Date.now() });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
