import { IecCatalogue } from '../../../src/core/catalogue/iecCatalogue';
import { fixtureCatalogue } from '../../support/fixtureCatalogue';

const iec = new IecCatalogue(fixtureCatalogue().iec);
const byId = (id: string) => iec.publications.find((p) => p.id === id)!;

describe('the IEC webstore catalogue', () => {
  test('rows give back each publication: id, edition, date, status, page and title, repeats filled in', () => {
    expect(iec.publications).toHaveLength(15);
    const amendment = byId('CISPR 32:2015/AMD1:2019');
    expect(amendment).toMatchObject({ key: 'CISPR 32', editionNumber: '2', date: '2019-10-01', status: 'current' });
    expect(amendment.title).toBe('Amendment 1 - Electromagnetic compatibility of multimedia equipment - Emission requirements');
    expect(amendment.page).toBe('https://webstore.iec.ch/publication/30056');
    expect(byId('IEC 60068-2-6:1995/COR1:1995').title).toBe('Corrigendum 1 - Environmental testing - Part 2: Tests -- Test Fc: Vibration (sinusoidal)');
    expect(byId('IEC White Paper IoT:WSN:2014')).toMatchObject({ key: null, title: 'Internet of Things: Wireless Sensor Networks' });
  });

  test('only editions are editions, newest first, each superseded one replaced by the next', () => {
    expect(iec.editionsOf('CISPR 32').map((e) => [e.id, e.status, e.replacedBy])).toEqual([
      ['CISPR 32:2015', 'current', null],
      ['CISPR 32:2012', 'superseded', 'CISPR 32:2015'],
    ]);
    expect(iec.editionsOf('IEC 60068-2-6')[1]).toMatchObject({
      id: 'IEC 60068-2-6:1995',
      source: 'https://webstore.iec.ch/publication/12777',
      read: '2026-03-15',
    });
  });

  test('what replaced a superseded publication: the next consolidation of its edition, else the next edition', () => {
    expect(iec.successorOf(byId('IEC 60601-1:2005+AMD1:2012 CSV'))).toBe('IEC 60601-1:2005+AMD1:2012+AMD2:2020 CSV');
    expect(iec.successorOf(byId('IEC 60601-1:1988/AMD2:1995/COR1:1995'))).toBe('IEC 60601-1:2005');
    expect(iec.successorOf(byId('IEC 60068-2-6:1995'))).toBe('IEC 60068-2-6:2007');
    expect(iec.successorOf(byId('CISPR 32:2015'))).toBeNull();
  });

  test('ids are found in any case and spacing, in the webstore and the canonical spelling', () => {
    expect(iec.publication('cispr 32:2015 + amd1:2019 csv')?.id).toBe('CISPR 32:2015+AMD1:2019 CSV');
    expect(iec.publication('ISO/IEC GUIDE 98-3:2008')?.id).toBe('ISO/IEC Guide 98-3:2008');
    expect(iec.publicationOf('CISPR 32', ':2015 RLV')?.id).toBe('CISPR 32:2015 RLV');
    expect(iec.keysByNumber.get('98-3')).toEqual(['ISO/IEC GUIDE 98-3']);
  });

  test('each publication says what it is', () => {
    expect(iec.describe(byId('IEC 60601-1:1988/AMD2:1995/COR1:1995'))).toBe('corrigendum 1 (1995) to IEC 60601-1:1988/AMD2:1995');
    expect(iec.describe(byId('CISPR 32:2015+AMD1:2019 CSV'))).toBe('consolidated version 2.1 of CISPR 32:2015 with AMD1:2019');
  });
});
