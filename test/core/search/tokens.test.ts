import { tokenize } from '../../../src/core/search/tokens';

describe('search tokens', () => {
  test('Cyrillic and Greek designations give the Latin tokens their bodies print', () => {
    expect(tokenize('ГОСТ Р ИСО 9001-2015')).toEqual(['GOST', 'R', 'ISO', '9001', '2015', '9001-2015']);
    expect(tokenize('ГОСТ Р МЭК 62304')).toEqual(['GOST', 'R', 'IEC', '62304']);
    expect(tokenize('ΕΛΟΤ EN ISO 9001')).toEqual(['ELOT', 'EN', 'ISO', '9001']);
  });

  test('Latin text with accents folds as before', () => {
    expect(tokenize('Türkiye ČSN')).toEqual(['TURKIYE', 'CSN']);
  });
});
