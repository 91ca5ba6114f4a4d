/**
 * @jest-environment jsdom
 */
import { readHost, themeFromAddress } from '../../src/taskpane/hostContext';

describe('the theme named in the pane address', () => {
  test.each([
    ['?theme=dark', true],
    ['?theme=light', false],
    ['?theme=solarized', null],
    ['', null],
  ])('%s -> %s', (search, dark) => {
    expect(themeFromAddress(search)).toBe(dark);
  });

  test('outside Office, ?theme=dark forces the dark theme over the system setting', () => {
    // jsdom has no matchMedia: this test adds one and takes it away again.
    window.matchMedia = ((query: string) => ({ matches: false, media: query })) as unknown as typeof window.matchMedia;
    try {
      window.history.pushState({}, '', '/taskpane.html?theme=dark');
      expect(readHost(null)).toEqual({ inExcel: false, dark: true });
      window.history.pushState({}, '', '/taskpane.html');
      expect(readHost(null)).toEqual({ inExcel: false, dark: false });
    } finally {
      Reflect.deleteProperty(window, 'matchMedia');
    }
  });
});
