import { adoptedPublication } from '../../../src/core/dataset/adoptedPublication';

describe('adoptedPublication', () => {
  it('is the consolidation a record names, else the edition alone', () => {
    expect(adoptedPublication({ standard: 'IEC 60601-1:2005', adopts: 'IEC 60601-1:2005+AMD1:2012' })).toBe('IEC 60601-1:2005+AMD1:2012');
    expect(adoptedPublication({ standard: 'IEC 60601-1:2005', adopts: null })).toBe('IEC 60601-1:2005');
    expect(adoptedPublication({ standard: 'ISO 9001:2015' })).toBe('ISO 9001:2015');
  });
});
