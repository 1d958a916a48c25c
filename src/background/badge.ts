import browser from 'webextension-polyfill';

/** The toolbar badge shows how many warnings the child has not looked at yet. */
export async function showUnseenCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#b45309' });
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
}
