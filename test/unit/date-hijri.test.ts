import * as assert from 'node:assert/strict';
import { findDates } from '../../src/core/annotate/dates';
import { hijriToDays } from '../../src/core/annotate/date-hijri';

const iso = (days: number | undefined): string | undefined => (days === undefined ? undefined : new Date(days * 86_400_000).toISOString().slice(0, 10));
const dates = (body: string, published = '2026-04-13T10:00'): [string, number, string | null][] =>
  findDates(body, { published }).map((m) => [m.text, m.start, m.normalized ?? null]);

describe('Hijri dates', () => {
  it('converts Umm al-Qura dates to the Gregorian days Saudi Arabia dates them', () => {
    assert.deepEqual([[1447, 10, 24], [1447, 9, 1], [1447, 1, 1], [1446, 12, 10], [1445, 9, 30]].map(([y, m, d]) => iso(hijriToDays(y, m, d))), [
      '2026-04-12', '2026-02-18', '2025-06-26', '2025-06-06', '2024-04-09',
    ]);
  });

  it('gives no day past a month\'s end or below its first', () => {
    assert.equal(hijriToDays(1447, 10, 31), undefined);
    assert.equal(hijriToDays(1447, 10, 0), undefined);
  });

  it('reads a day and a Hijri month with a year in either order, with AH or H., beside the Gregorian date', () => {
    assert.deepEqual(dates('Riyadh, Shawwal 24, 1447, April 12, 2026, SPA -- On 1 Ramadan 1447 AH fasting began; 10 Dhul Hijjah 1446 H. was Eid.'), [
      ['Shawwal 24, 1447', 8, '2026-04-12'], ['April 12, 2026', 26, '2026-04-12'], ['1 Ramadan 1447 AH', 52, '2026-02-18'],
      ['10 Dhul Hijjah 1446 H.', 85, '2025-06-06'],
    ]);
  });

  it('reads no Hijri month without a year, nor a year outside the 14th and 15th centuries', () => {
    assert.deepEqual(dates('During Ramadan 15 people came; Rajab 3, 1250 is old; the holy month of Ramadan began.'), []);
  });


    it('reads other spellings and cases, an ordinal day, a comma after the month, a range of days, and no sentence\'s full stop', () => {
      assert.deepEqual(dates('RIYADH, SHAWWAL 24, 1447 -- On 24 Shawwal, 1447 AH, Dhu\'l-Hijjah 10, 1446 and Ramadan 20th 1447; on 20-21 Ramadan 1447 AH ' +
        'they fasted. It began on 1 Ramadan 1447 H. The month ended.').map(([text, , value]) => [text, value]), [
        ['SHAWWAL 24, 1447', '2026-04-12'], ['24 Shawwal, 1447 AH', '2026-04-12'], ['Dhu\'l-Hijjah 10, 1446', '2025-06-06'],
        ['Ramadan 20th 1447', '2026-03-09'], ['20-21 Ramadan 1447 AH', '2026-03-09/2026-03-10'], ['1 Ramadan 1447 H', '2026-02-18'],
      ]);
    });


    it('reads no count after a Hijri day as its year, and keeps H.E. out of the span', () => {
      assert.deepEqual(dates('On Ramadan 2, 1350 families received food. On 24 Shawwal 1447 H.E. Prince Faisal came.'), [['24 Shawwal 1447', 46, '2026-04-12']]);
    });


    it('reads a day-first Hijri date before a plural or a verb ending in s', () => {
      assert.deepEqual(dates('Saudi Arabia announced that 1 Shawwal 1447 falls on a Friday; on 9 Dhu al-Hijjah 1447 pilgrims stand at Arafat.').map(([t, , v]) => [t, v]), [
        ['1 Shawwal 1447', '2026-03-20'], ['9 Dhu al-Hijjah 1447', '2026-05-26'],
      ]);
    });


    it('reads a span of Hijri days across months, or within one written twice, and only the last date where a span\'s last day goes before its first', () => {
      assert.deepEqual(dates('Celebrations from 29 Ramadan to 2 Shawwal 1447 AH were held; the month runs from 1 Ramadan until 29 Ramadan 1447. ' +
        'Not from 5 Shawwal to 2 Ramadan 1447.').map(([t, , v]) => [t, v]), [
        ['29 Ramadan to 2 Shawwal 1447 AH', '2026-03-18/2026-03-21'], ['1 Ramadan until 29 Ramadan 1447', '2026-02-18/2026-03-18'],
        ['2 Ramadan 1447', '2026-02-19'],
      ]);
    });


    it('reads a Hijri day and month with no year in an article that writes a Hijri year, as the one nearest the stamp', () => {
      assert.deepEqual(dates('MAKKAH, 7 Dhu al-Hijjah 1447 -- Pilgrims arrived ahead of the Day of Arafah on Tuesday, 9 Dhu al-Hijjah. He was born on 12 Rabi al-Awwal 1380 AH; ' +
        'the birthday, on 12 Rabi al-Awwal, is a holiday; 15 Ramadan families got aid.', '2026-05-24T10:00').map(([t, , v]) => [t, v]), [
        ['7 Dhu al-Hijjah 1447', '2026-05-24'], ['9 Dhu al-Hijjah', '2026-05-26'], ['12 Rabi al-Awwal 1380 AH', '1960-09-04'], ['12 Rabi al-Awwal', '2026-08-25'],
      ]);
    });


    it('reads a Hijri day with no year by the year written before it, where that is near the stamp\'s', () => {
      assert.deepEqual(dates('Fasting starts on 1 Ramadan 1448 and Laylat al-Qadr is expected on 27 Ramadan.', '2026-06-10T10:00').map(([t, , v]) => [t, v]), [
        ['1 Ramadan 1448', '2027-02-08'], ['27 Ramadan', '2027-03-06'],
      ]);
    });


    it('reads a Hijri day with no year by the nearest the stamp where the year written before it is in another sentence', () => {
      assert.deepEqual(dates('Last year\'s Eid on 1 Shawwal 1446 AH drew crowds. This year, Eid is expected on 1 Shawwal.', '2026-03-10T10:00')
        .map(([t, , v]) => [t, v]), [['Last year', '2025'], ['1 Shawwal 1446 AH', '2025-03-30'], ['This year', '2026'], ['1 Shawwal', '2026-03-20']]);
    });

    it('reads a Hijri day with no year by a year written ahead of the stamp\'s in an earlier sentence', () => {
      assert.deepEqual(dates('Fasting will start on 1 Ramadan 1448 AH. It meets again on 29 Ramadan.', '2026-03-09T10:00').map(([t, , v]) => [t, v]), [
        ['1 Ramadan 1448 AH', '2027-02-08'], ['29 Ramadan', '2027-03-08'],
      ]);
    });
});
