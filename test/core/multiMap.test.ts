import { pushTo } from '../../src/core/multiMap';

describe('pushTo', () => {
  test('starts a list on a key first seen and appends to it after, keeping order and other keys apart', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'b', 2);
    const listOfA = map.get('a');
    pushTo(map, 'a', 3);
    expect([...map.entries()]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
    expect(map.get('a')).toBe(listOfA);
  });
});
