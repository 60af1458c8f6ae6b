import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../src/attestations/index.ts';

// The published lists (gov.uk/bank-holidays) for the years checked.
const published = {
  'england-and-wales': {
    2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
    2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
    2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
    2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
    2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  },
  scotland: {
    2024: ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26'],
    2025: ['2025-01-01', '2025-01-02', '2025-04-18', '2025-05-05', '2025-05-26', '2025-08-04', '2025-12-01', '2025-12-25', '2025-12-26'],
    2026: ['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28'],
  },
  'northern-ireland': {
    2024: ['2024-01-01', '2024-03-18', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-07-12', '2024-08-26', '2024-12-25', '2024-12-26'],
    2025: ['2025-01-01', '2025-03-17', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-07-14', '2025-08-25', '2025-12-25', '2025-12-26'],
    2026: ['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28'],
  },
} as const;

describe('UK bank holidays', () => {
  for (const [region, years] of Object.entries(published)) {
    for (const [year, days] of Object.entries(years)) {
      it(`${region} ${year} matches the published list`, () => {
        expect(bankHolidays(region as keyof typeof published, Number(year))).toEqual(days);
      });
    }
  }

  it('has eight to ten days in every built-in year (2024–2030), none at a weekend', () => {
    for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      for (let year = 2024; year <= 2030; year++) {
        const days = bankHolidays(region, year);
        expect(days.length, `${region} ${year}`).toBeGreaterThanOrEqual(8);
        expect(days.length).toBeLessThanOrEqual(10);
        for (const d of days) expect([0, 6]).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
      }
    }
  });
});
