import browser from 'webextension-polyfill';

/**
 * Open one of the extension's own pages (the parent page, the onboarding) in a new tab and close
 * the popup. tabs.create needs no permission; the popup would otherwise stay over the new tab.
 */
export async function openExtensionPage(path: '/parent.html' | '/onboarding.html'): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  window.close();
}
