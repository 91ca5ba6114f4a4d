import { AnswerMemo, MEMO_LIMIT, boundedMemo } from '../../src/core/memo';

describe('AnswerMemo', () => {
  test('computes an answer once per (field, standard, place) and hands the same object back', () => {
    const memo = new AnswerMemo<{ n: number }>();
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const first = memo.get('designation', 'ISO 9001', 'CN', compute);
    expect(memo.get('designation', 'ISO 9001', 'CN', compute)).toBe(first);
    expect(memo.peek('designation', 'ISO 9001', 'CN')).toBe(first);
    expect(memo.get('year', 'ISO 9001', 'CN', compute)).not.toBe(first);
    expect(memo.peek('designation', 'ISO 9001', 'JP')).toBeUndefined();
    expect(calls).toBe(2);
  });

  test('set keeps what it is given, unless keep refuses it', () => {
    const memo = new AnswerMemo<string>((answer) => answer !== 'wait');
    expect(memo.set('f', 's', 'p', 'wait')).toBe('wait');
    expect(memo.peek('f', 's', 'p')).toBeUndefined();
    expect(memo.set('f', 's', 'p', 'IDT')).toBe('IDT');
    expect(memo.peek('f', 's', 'p')).toBe('IDT');
  });

  test('answers right when questions switch field, standard and place in any order (the row shortcut)', () => {
    // A plain map of joined keys is the reference; the memo's shortcuts for the last field and standard must never
    // hand back another question's answer or miss a kept one.
    const memo = new AnswerMemo<string>();
    const reference = new Map<string, string>();
    let seed = 7;
    const pick = <V>(list: readonly V[]): V => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length];
    for (let i = 0; i < 5_000; i++) {
      const [field, standard, place] = [pick(['designation', 'year']), pick(['ISO 9001', 'ISO 14001', 'IEC 60601-1']), pick(['CN', 'JP', 'DE', 'GB'])];
      const key = `${field}|${standard}|${place}`;
      expect(memo.peek(field, standard, place)).toBe(reference.get(key));
      if (pick([true, false])) {
        memo.set(field, standard, place, `${key}#${i}`);
        reference.set(key, `${key}#${i}`);
      }
    }
  });

  test('starts afresh when full, so a hostile sheet cannot grow it without end', () => {
    const memo = new AnswerMemo<number>();
    for (let i = 0; i < MEMO_LIMIT; i++) memo.set('f', `s${i}`, 'p', i);
    expect(memo.peek('f', 's0', 'p')).toBe(0);
    memo.set('f', 'one more', 'p', -1);
    expect(memo.peek('f', 's0', 'p')).toBeUndefined();
  });
});

describe('boundedMemo', () => {
  test('computes each key once', () => {
    let calls = 0;
    const upper = boundedMemo((s: string) => (calls++, s.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
  });
});
