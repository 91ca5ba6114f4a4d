import { JisCatalogue, describeJis } from '../../../src/core/catalogue/jisCatalogue';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';

const jis = new JisCatalogue(fixtureCatalogue().jis);

describe('the JIS catalogue', () => {
  test.each([
    ['JIS X 0001:1994', 'JIS X 0001:1994'],
    ['jis x0001:1994', 'JIS X 0001:1994'],
    ['JIS X 0001', 'JIS X 0001:1994'],
    ['JIS A 1125', 'JIS A 1125:2015'],
    ['JIS A 1125:1957', 'JIS A 1125:1957'],
    ['JIS TR X 0002:1997', 'TR X 0002:1997'],
    ['TR X 0002', 'TR X 0002:1997'],
  ])('%s finds %s', (typed, designation) => expect(jis.find(typed)?.designation).toBe(designation));

  test('a JIS it does not list is not found', () => {
    expect(jis.find('JIS X 9999')).toBeUndefined();
    expect(jis.find('JIS X 0001:2000')).toBeUndefined();
  });

  test('editions of one number, newest first, and what the catalogue says of one', () => {
    expect(jis.editionsOfNumber('JIS A 1125:1957').map((e) => e.designation)).toEqual(['JIS A 1125:2015', 'JIS A 1125:1957']);
    expect(describeJis(jis.find('JIS A 1125:1957')!)).toBe('JIS A 1125:1957 is a JIS (withdrawn)');
    expect(jis.page(jis.find('TR X 0002')!)).toBe('https://webdesk.jsa.or.jp/books/W11M0090/index/?bunsyo_id=TR+X+0002%3A1997');
  });
});
