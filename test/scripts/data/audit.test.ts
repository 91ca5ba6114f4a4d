import { drawSample, placesOption, seededRandom } from '../../../scripts/data/audit';

describe('data:audit sampling', () => {
  it('draws the same sample for the same seed and distinct items without replacement', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const first = drawSample(items, 50, seededRandom(20261205));
    expect(drawSample(items, 50, seededRandom(20261205))).toEqual(first);
    expect(new Set(first).size).toBe(50);
    expect(drawSample(items, 50, seededRandom(7))).not.toEqual(first);
  });

  it('never draws more than the population', () => {
    expect(drawSample(['a', 'b'], 5, seededRandom(1)).sort()).toEqual(['a', 'b']);
  });
});

describe('--places', () => {
  it('is every place when absent', () => {
    expect(placesOption(['--sample', '50'])).toBeNull();
  });

  it('reads comma-separated codes, trimmed and upper-cased', () => {
    expect([...placesOption(['--places', 'de, gb,FR'])!]).toEqual(['DE', 'GB', 'FR']);
  });

  it.each([[['--places']], [['--places', '']], [['--places', 'Germany']], [['--places', 'DE;GB']]])('rejects %j with a usage message', (argv) => {
    expect(() => placesOption(argv)).toThrow('--places takes two-letter codes');
  });
});
