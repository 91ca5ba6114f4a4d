import { futureEntryIntoForce } from '../../../scripts/data/entryIntoForce';

describe('futureEntryIntoForce', () => {
  test('reads the forms sources print, and keeps only dates after the dataset', () => {
    expect(futureEntryIntoForce("'2025-12-02发布2029-01-01实施'", '2026-12-06')).toBe('2029-01-01');
    expect(futureEntryIntoForce("'Issued on: 2025-12-02 / Implemented on: 2029-1-1 / Status: to be valid'", '2026-12-06')).toBe('2029-01-01');
    expect(futureEntryIntoForce('Дата введения: 01.01.2027', '2026-12-06')).toBe('2027-01-01');
    expect(futureEntryIntoForce('in force from 2027-03-01, replacing the 2015 edition', '2026-12-06')).toBe('2027-03-01');
    expect(futureEntryIntoForce('issued 2024-10-26, implemented 2026-11-01', '2026-12-06')).toBeNull();
    expect(futureEntryIntoForce('Дата введения: 01.01.2026', '2026-12-06')).toBeNull();
    expect(futureEntryIntoForce('published 2029-01-01', '2026-12-06')).toBeNull();
  });
});
