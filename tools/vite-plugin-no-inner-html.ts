import type { Plugin } from 'vite';

// Heads Up never renders an HTML string: page text reaches the DOM only as text (brief: "never page
// text through innerHTML"). Preact's one innerHTML write serves `dangerouslySetInnerHTML`, which
// this project never uses; this plugin turns that write into a textContent write, so even a future
// mistake would show markup as plain text, and addons-linter (`web-ext lint`) stays clean.
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]/u;
const HTML_WRITE = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html\b/gu;

export function noInnerHtml(): Plugin {
  return {
    name: 'heads-up:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id) || !code.includes('innerHTML')) return null;
      const rewritten = code.replace(HTML_WRITE, '$1.textContent=$2.__html');
      if (rewritten === code) this.error(`preact's dangerouslySetInnerHTML write was not found in ${id}: update tools/vite-plugin-no-inner-html.ts`);
      return { code: rewritten, map: null };
    },
  };
}
