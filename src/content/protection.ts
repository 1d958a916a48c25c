// What the content script does in one page, as the parent's settings say: watch the chat (the
// watcher reads it, the engine in the background scores it through a ChatReader), warn the child once per reason (warnings.ts, the
// prompt slot), and ask before a risky message is sent (send-guard.ts). New settings apply at
// once: a new sensitivity reads the chat again with a fresh tracker (already prompted reasons
// stay quiet), a page that is no longer watched stops being read.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '../protocol/client';
import type { ContentSettings } from '../protocol/messages';
import { adapterForPage, composerForPage } from './adapters/registry';
import { previewOutgoing } from '../engine/outgoing';
import { ChatReader } from './chat-reader';
import { confirmBeforeSend } from './decide';
import { PROMPT_ELEMENT, PromptSlot } from './prompt/prompt-slot';
import { SendGuard } from './send-guard';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, watchesPage } from './settings';
import { Warnings } from './warnings';
import { ChatWatcher, type WatchedMessage } from './watcher';

const pageUrl = () => new URL(location.href);

export class PageProtection {
  private settings: ContentSettings = { ...DEFAULT_SETTINGS };
  private watcher: ChatWatcher | null = null;
  /** The engine's reading of the chat now shown (one per conversation key). */
  private reader: { key: string; reader: ChatReader } | null = null;
  /** Chooses the site adapter each time the watcher looks for a chat (also after navigation). */
  private readonly adapter = adapterForPage(pageUrl);
  private readonly slot: PromptSlot;
  private readonly warnings: Warnings;

  constructor(private readonly ctx: ContentScriptContext) {
    this.slot = new PromptSlot(ctx, () => composerForPage(pageUrl()).findField(document));
    this.warnings = new Warnings({
      settings: () => this.settings,
      show: (warning) => this.slot.showWarning(warning),
      send: sendRequest,
      site: () => location.hostname,
    });
    new SendGuard(ctx, {
      active: () => this.watcher !== null && this.settings.confirmBeforeSending,
      composer: () => composerForPage(pageUrl()),
      check: (draft) => this.checkDraft(draft),
      confirm: (categories) => this.slot.confirmSend(categories),
      ownElement: PROMPT_ELEMENT,
    });
  }

  async start(): Promise<void> {
    this.settings = await loadSettings();
    if (this.ctx.isInvalid) return;
    this.apply(null);
    onSettingsChanged(this.ctx, () => {
      this.reloadSettings().catch((e: unknown) => console.debug('[Heads Up] could not apply new settings:', e));
    });
    // Single-page chats change thread, and sometimes whether it is a chat, without a page load.
    // A new watcher reads the new thread's history into a fresh session; what was already
    // prompted there stays quiet (warnings.ts).
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.watcher?.stop();
      this.watcher = null;
      this.apply(null);
    });
  }

  private async reloadSettings(): Promise<void> {
    const previous = this.settings;
    this.settings = await loadSettings(previous);
    this.apply(previous);
  }

  /** Start, stop or re-read the chat as the settings now say. */
  private apply(previous: ContentSettings | null): void {
    if (!watchesPage(this.settings, pageUrl())) {
      this.watcher?.stop();
      this.watcher = null;
      this.forgetReader();
      return;
    }
    if (this.watcher && previous?.sensitivity === this.settings.sensitivity) return;
    this.watch();
  }

  /** Read the chat from the start: its history first, then each new message. */
  private watch(): void {
    this.watcher?.stop();
    this.forgetReader();
    this.watcher = new ChatWatcher(this.ctx, this.adapter, (message) => this.read(message));
    this.watcher.start();
  }

  private forgetReader(): void {
    this.reader?.reader.stop();
    this.reader = null;
  }

  private read(message: WatchedMessage): void {
    const key = message.conversationKey;
    if (this.reader?.key !== key) {
      this.forgetReader();
      const reader = new ChatReader({
        send: sendRequest,
        sensitivity: this.settings.sensitivity,
        onFindings: (findings) => void this.warnings.consider(key, findings),
        // The background was stopped and lost its reading: read the chat again (what was
        // already prompted stays quiet, warnings.ts).
        onLost: () => {
          if (this.reader?.reader === reader && !this.ctx.isInvalid) this.watch();
        },
      });
      this.reader = { key, reader };
    }
    this.reader.reader.add(message);
  }

  /** What a draft would share, when the child must be asked first (null: send it). */
  private checkDraft(draft: string) {
    if (draft.trim() === '') return null;
    const reader = this.reader?.reader;
    const categories = previewOutgoing(draft, reader?.answered).map((reason) => reason.category);
    return confirmBeforeSend(categories, this.settings, reader?.contact ?? null);
  }
}
