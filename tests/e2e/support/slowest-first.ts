// Test-file order for the end-to-end runs: the files known to take longest go first, so the
// workers that run files side by side finish together instead of one long file starting last.
// (Without a cache, as on CI's fresh clone, vitest starts the largest files first, and the site
// files are five-line wrappers.)
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** A sequencer class that starts files whose path contains one of `slowest` first, in that order. */
export function slowestFirst(slowest: readonly string[]): typeof BaseSequencer {
  const rank = (spec: TestSpecification) => {
    const index = slowest.findIndex((part) => spec.moduleId.includes(part));
    return index === -1 ? slowest.length : index;
  };
  return class SlowestFirstSequencer extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const sorted = await super.sort(files);
      return sorted.map((spec, at) => ({ spec, at })).sort((a, b) => rank(a.spec) - rank(b.spec) || a.at - b.at).map(({ spec }) => spec);
    }
  };
}
