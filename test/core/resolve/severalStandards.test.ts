import { severalStandards } from '../../../src/core/resolve/severalStandards';

describe('a cell naming several standards', () => {
  test.each([
    ['ISO 9001; ISO 14001', 2],
    ['ISO 9001, ISO 14001, ISO 45001', 3],
    ['IEC 60601-1\nIEC 60601-1-2', 2],
  ])('%j is an error naming each, not the first alone', (input, count) => {
    expect(severalStandards(input)?.message).toMatch(new RegExp(`names ${count} standards \\(.*\\); give one per cell, or a range$`));
  });

  test.each(['ISO 9001', 'IEC 60601-1, 2016', 'ISO 14971, Second edition 2007-03', 'SS-EN 60601-1, utg 2:2006', 'ISO 13485:2016, Medical devices'])(
    '%j is one standard',
    (input) => expect(severalStandards(input)).toBeNull(),
  );
});
