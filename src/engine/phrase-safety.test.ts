// Issue 4: "no regular expression that can backtrack catastrophically", checked on the shape of
// every pattern the phrase compiler makes (performance itself is measured by npm run bench).
// A backtracking matcher blows up when it can split the same text between repetitions in many
// ways. Two rules exclude that: (1) no group repeats without bound (no "(a+)+"), and (2) every
// unbounded repetition is of one character class, and whatever can follow it is a character the
// class cannot match, so the repetition has exactly one place to stop. Bounded repetitions
// ("{0,3}") are allowed: they multiply the work by a constant at most.
import { describe, expect, it } from 'vitest';
import { compilePhrases, FINDERS } from './phrases';
import { referenceCompilePhrases } from './phrases.reference';
import './registry';
import './context';

type Node =
  | { kind: 'atom'; source: string; min: number; max: number }
  | { kind: 'group'; look: boolean; alternatives: Node[][]; min: number; max: number };

/** Parse the regular-expression subset the compiler writes: atoms, classes, groups, lookarounds, quantifiers. */
function parse(source: string): Node[] {
  let at = 0;
  function sequence(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        at++;
        alternatives.push([]);
        continue;
      }
      const node = item();
      quantify(node);
      alternatives.at(-1)?.push(node);
    }
    return alternatives;
  }
  function item(): Node {
    const rest = source.slice(at);
    const group = /^\((\?:|\?=|\?!|\?<=|\?<!)?/u.exec(rest);
    if (group) {
      at += group[0].length;
      const alternatives = sequence();
      at++; // ")"
      return { kind: 'group', look: (group[1] ?? ':') !== '?:' && group[1] !== undefined, alternatives, min: 1, max: 1 };
    }
    const atom = /^(?:\\p\{[^}]+\}|\\.|\[(?:\\p\{[^}]+\}|\\.|[^\]\\])*\]|[^\\[(|)])/u.exec(rest);
    if (!atom) throw new Error(`cannot read ${rest.slice(0, 20)}`);
    at += atom[0].length;
    return { kind: 'atom', source: atom[0], min: 1, max: 1 };
  }
  function quantify(node: Node) {
    const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/u.exec(source.slice(at));
    if (!q) return;
    at += q[0].length;
    if (q[1] === '*') [node.min, node.max] = [0, Infinity];
    else if (q[1] === '+') [node.min, node.max] = [1, Infinity];
    else if (q[1] === '?') [node.min, node.max] = [0, 1];
    else [node.min, node.max] = [Number(q[2]), q[3] === undefined ? Number(q[2]) : q[4] ? Number(q[4]) : Infinity];
  }
  const alternatives = sequence();
  return alternatives.length === 1 ? (alternatives[0] ?? []) : [{ kind: 'group', look: false, alternatives, min: 1, max: 1 }];
}

const nullable = (node: Node): boolean => node.min === 0 || (node.kind === 'group' && (node.look || node.alternatives.some((a) => a.every(nullable))));

/** The atoms that can match the first character of a sequence, and whether it can match nothing. */
function first(nodes: readonly Node[]): { atoms: string[]; empty: boolean } {
  const atoms: string[] = [];
  for (const node of nodes) {
    if (node.kind === 'atom') atoms.push(node.source);
    else if (!node.look) for (const alternative of node.alternatives) atoms.push(...first(alternative).atoms);
    if (!nullable(node)) return { atoms, empty: false };
  }
  return { atoms, empty: true };
}

/** Problems found: unbounded groups, and unbounded classes that can be followed by what they match. */
function problems(source: string): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly Node[], follow: readonly string[]) => {
    nodes.forEach((node, i) => {
      const rest = first(nodes.slice(i + 1));
      const next = rest.empty ? [...rest.atoms, ...follow] : rest.atoms;
      if (node.kind === 'group') {
        if (node.max === Infinity) found.push(`a group repeats without bound in ${source}`);
        const inner = node.max > 1 ? [...next, ...node.alternatives.flatMap((a) => first(a).atoms)] : next;
        for (const alternative of node.alternatives) walk(alternative, node.look ? [] : inner);
      } else if (node.max === Infinity) {
        for (const after of next) if (overlap(node.source, after)) found.push(`${node.source}${node.max === Infinity ? '+' : ''} can be followed by ${after}`);
      }
    });
  };
  walk(parse(source), []);
  return [...new Set(found)];
}

const overlaps = new Map<string, boolean>();
/** Whether two atoms match a common code point (all of the BMP and a sample of the rest). */
function overlap(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let answer = overlaps.get(key);
  if (answer === undefined) {
    const [ra, rb] = [new RegExp(`^${a}$`, 'u'), new RegExp(`^${b}$`, 'u')];
    answer = false;
    for (let cp = 0; cp <= 0x10ffff && !answer; cp += cp < 0x10000 ? 1 : 97) {
      const char = String.fromCodePoint(cp);
      answer = ra.test(char) && rb.test(char);
    }
    overlaps.set(key, answer);
  }
  return answer;
}

describe('phrase patterns cannot backtrack catastrophically', () => {
  it('the check finds the classic shapes, and the gap of the first compiler', () => {
    expect(problems('(a+)+b')).not.toEqual([]);
    expect(problems('(?:\\w+\\s?)*$')).not.toEqual([]);
    expect(problems('\\d+\\d+x')).not.toEqual([]);
    expect(problems(referenceCompilePhrases({ en: ['send * pic'] }).source)).not.toEqual([]);
    expect(problems('[a-z]+ [0-9]+x')).toEqual([]);
  });

  it('every phrase list the engine compiles passes', () => {
    expect(FINDERS.length).toBeGreaterThanOrEqual(20);
    for (const { lists } of FINDERS) expect(problems(compilePhrases(lists).source)).toEqual([]);
  });
});
