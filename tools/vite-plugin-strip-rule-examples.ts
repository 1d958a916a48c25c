import type { Plugin } from 'vite';

// Each rule file carries its examples (its tests) and the research it rests on, as the brief asks
// ("one rule per file, its examples are its tests"). The extension never reads either at run time,
// and in every chat tab they cost about 18 kB of the content script (issue "In-page protection":
// content-script size). This plugin drops the two properties from rule files in the extension
// build only; vitest, the scan CLI and the benchmarks read the files untouched.
const RULE_FILE = /[\\/]src[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/u;
/** `  examples: {` … `  },` at the rule object's own indentation (one line or several). */
const EXAMPLES = /\n {2}examples: \{(?:[^\n]*\},|\n[\s\S]*?\n {2}\},)\n/gu;
const SOURCE = /\n {2}source: (?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`\n]*`),\n/gu;

export function stripRuleExamples(): Plugin {
  return {
    name: 'heads-up:strip-rule-examples',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id)) return null;
      const stripped = code.replace(EXAMPLES, '\n').replace(SOURCE, '\n');
      // A rule file written another way would keep its examples silently: say so instead.
      if (/\n {2}examples: /u.test(stripped)) this.error(`${id}: examples not in the usual shape; update tools/vite-plugin-strip-rule-examples.ts`);
      return { code: stripped, map: null };
    },
  };
}
