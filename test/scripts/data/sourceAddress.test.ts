import { sourceAddressProblem } from '../../../scripts/data/sourceAddress';

describe('sourceAddressProblem', () => {
  it('accepts plain http(s) addresses, percent-encoded queries included', () => {
    expect(sourceAddressProblem('https://store.uni.com/uni-en-iso-22442-1-2021')).toBeNull();
    expect(sourceAddressProblem('https://webdesk.jsa.or.jp/books/W11M0090/index/?bunsyo_id=JIS+Q+9001%3A2015')).toBeNull();
    expect(sourceAddressProblem('http://www.kikakurui.com/q/Q31000-2019-01.html')).toBeNull();
  });

  it('refuses a missing, relative or non-web address', () => {
    expect(sourceAddressProblem(undefined)).toBe('Missing or malformed source address');
    expect(sourceAddressProblem('')).toBe('Missing or malformed source address');
    expect(sourceAddressProblem('www.bsigroup.com/x')).toBe('Missing or malformed source address');
    expect(sourceAddressProblem('javascript:alert(1)')).toBe('Missing or malformed source address');
    expect(sourceAddressProblem('https://example.org/a b')).toBe('Missing or malformed source address');
  });

  it('refuses an address that is not a well-formed URL', () => {
    expect(sourceAddressProblem('https://example.org/%E0%A4%A')).toMatch(/not a well-formed URL/);
    expect(sourceAddressProblem('https://[bad/x')).toMatch(/not a well-formed URL/);
  });

  it('refuses script or template text, encoded or not', () => {
    const probe = 'http://sadsadsad.asmedoc.com/index.php/module/action/param1/$%7B@phpinfo()%7D?u=%2Fproduct%2F';
    expect(sourceAddressProblem(probe)).toMatch(/carries script or template text \('\$\{'\)/);
    expect(sourceAddressProblem('https://example.org/?q=%3Cscript%3Ealert(1)%3C/script%3E')).toMatch(/'<'/);
    expect(sourceAddressProblem('https://example.org/?next=javascript:alert(1)')).toMatch(/'javascript:'/);
  });
});
