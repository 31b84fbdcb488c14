import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../src/core/annotate/dates';
import { parseBulletin } from '../../src/core/parse/parser';

/** Stamp of the synthetic articles: Tuesday 24 February 2026. */
const STAMP = '2026-02-24T15:00';

type Found = [text: string, start: number, normalized: string | undefined];

function dates(body: string, published = STAMP): Found[] {
  return findDates(body, { published }).map((m) => {
    assert.equal(m.type, 'date');
    assert.equal(body.slice(m.start, m.end), m.text);
    return [m.text, m.start, m.normalized];
  });
}

/** Each case: a sentence and every date in it, with its offset and normalised value. */
function table(cases: [string, Found[]][], published = STAMP): void {
  for (const [body, expected] of cases) {
    it(body, () => assert.deepEqual(dates(body, published), expected));
  }
}

describe('findDates: the guide\'s forms', () => {
  table([
    ['scheduled for 15 March.', [['15 March', 14, '2026-03-15']]],
    ['held on March 15 this year.', [['March 15', 8, '2026-03-15']]],
    ['held in the country on March 15, 2026.', [['March 15, 2026', 23, '2026-03-15']]],
    ['In 2025, trade grew.', [['2025', 3, '2025']]],
    ['the Concept for 2024-2029, which', [['2024-2029', 16, '2024/2029']]],
    ['the Strategy for 2026-2029.', [['2026-2029', 17, '2026/2029']]],
    ['visit last year gave momentum; this year and today', [
      ['last year', 6, '2025'], ['this year', 31, '2026'], ['today', 45, '2026-02-24'],
    ]],
    ['a meeting on 16-17 September 2021 in Rome', [['16-17 September 2021', 13, '2021-09-16/2021-09-17']]],
  ]);
});

describe('findDates: explicit dates', () => {
  table([
    ['President will on Thursday, 27 March 2025, receive', [['27 March 2025', 28, '2025-03-27']]],
    ['at Village Urugwiro, on Wednesday, November 27.', [['November 27', 35, '2026-11-27']]],
    ['BRICS Sherpas Meet to Prepare 2026 Summit', [['2026', 30, '2026']]],
    ['volumes in FY2025-26, up on FY2024 and on MYFY2023', [['2025-26', 13, '2025/2026'], ['2024', 30, '2024']]],
    ['from 1 May 2026 citizens may go; on March 15, 2000 people came', [['1 May 2026', 5, '2026-05-01'], ['March 15', 36, '2026-03-15']]],
    ['set for next Wednesday, March 11, and last Friday, 27 February', [['March 11', 24, '2026-03-11'], ['27 February', 51, '2026-02-27']]],
    ['On 27 March (Thursday) and 28 March, Friday, then on Saturday.', [
      ['27 March', 3, '2026-03-27'], ['28 March', 27, '2026-03-28'], ['Saturday', 53, '2026-02-21'],
    ]],
    ['BEIJING, Oct. 28 (Xinhua) -- talks', [['Oct. 28', 9, '2026-10-28']]],
    ['Published : Feb. 7, 2024 - 00:33', [['Feb. 7, 2024', 12, '2024-02-07']]],
    ['Sept. 15 and Sept 2025 and SEPTEMBER 3', [
      ['Sept. 15', 0, '2026-09-15'], ['Sept 2025', 13, '2025-09'], ['SEPTEMBER 3', 27, '2026-09-03'],
    ]],
    ['Letters of Credence, 27 Mar', [['27 Mar', 21, '2026-03-27']]],
    ['signed on 27 Mar. Then', [['27 Mar', 10, '2026-03-27']]],
    ['Since her appointment in July 2021, she', [['July 2021', 25, '2021-07']]],
    ['the 15th of March, March 1st, 2nd April 2026', [
      ['15th of March', 4, '2026-03-15'], ['March 1st', 19, '2026-03-01'], ['2nd April 2026', 30, '2026-04-02'],
    ]],
    ['Bishkek, May 31, 2023. /Kabar/.', [['May 31, 2023', 9, '2023-05-31']]],
    ['on 1 September 1991.', [['1 September 1991', 3, '1991-09-01']]],
    ['ISO 2026-02-24, dotted 24.02.2026, slashed 24/02/2026', [
      ['2026-02-24', 4, '2026-02-24'], ['24.02.2026', 23, '2026-02-24'], ['24/02/2026', 43, '2026-02-24'],
    ]],
    ['a US-style 12/31/2025 date', [['12/31/2025', 11, '2025-12-31']]],
    ['30 February 2026, 31 April and 29 February 2024', [['29 February 2024', 31, '2024-02-29']]],
  ]);
});

describe('findDates: ranges', () => {
  table([
    ['the Summit in Samarkand on April 3-4, as well', [['April 3-4', 27, '2026-04-03/2026-04-04']]],
    ['talks on March 28-30, 2025 in Astana', [['March 28-30, 2025', 9, '2025-03-28/2025-03-30']]],
    ['on 16–17 September and 16 to 18 May', [
      ['16–17 September', 3, '2026-09-16/2026-09-17'], ['16 to 18 May', 23, '2026-05-16/2026-05-18'],
    ]],
    ['on Sunday and Monday (9 and 10 November), where', [['9 and 10 November', 22, '2026-11-09/2026-11-10']]],
    ['from Monday to Wednesday (2 to 4 March), then', [['2 to 4 March', 26, '2026-03-02/2026-03-04']]],
    ['runs from Wednesday to Friday, February 18-20', [['February 18-20', 31, '2026-02-18/2026-02-20']]],
    ['AGREE ON VISIT IN APRIL', [['APRIL', 18, '2026-04']]],
    ['on Friday–Saturday (14-15 November) and Wednesday (June 11, 2025)', [
      ['14-15 November', 20, '2026-11-14/2026-11-15'], ['June 11, 2025', 51, '2025-06-11'],
    ]],
    // Without brackets a written day qualifies only the weekday next to it.
    ['on Monday and Tuesday, 10 March', [['Monday', 3, '2026-02-23'], ['10 March', 23, '2026-03-10']]],
    ['visit on April 16 and 17 at the invitation', [['April 16 and 17', 9, '2026-04-16/2026-04-17']]],
    // Two days that form no range are two dates, each with the month and year written once.
    ['on 9 and 11 November; on April 16 and 18, 2023', [
      ['9', 3, '2026-11-09'], ['11 November', 9, '2026-11-11'], ['April 16', 25, '2023-04-16'], ['18, 2023', 38, '2023-04-18'],
    ]],
    ['on 3, 4 and 5 March 2027; on 3, 4, and 5 June; March 28, 29 and 30, 2025; 1st, 2nd and 3rd of May', [
      ['3, 4 and 5 March 2027', 3, '2027-03-03/2027-03-05'], ['3, 4, and 5 June', 29, '2026-06-03/2026-06-05'],
      ['March 28, 29 and 30, 2025', 47, '2025-03-28/2025-03-30'], ['1st, 2nd and 3rd of May', 74, '2026-05-01/2026-05-03'],
    ]],
    ['on 3, 7 and 12 March last year; May 5, 12 and 19', [
      ['3', 3, '2025-03-03'], ['7', 6, '2025-03-07'], ['12 March', 12, '2025-03-12'],
      ['May 5', 32, '2026-05-05'], ['12', 39, '2026-05-12'], ['19', 46, '2026-05-19'],
    ]],
    // A number after a month and a comma is a list only when the list closes with a second day.
    ['On March 15, 20 delegations came; on 2, 3 March', [['March 15', 3, '2026-03-15'], ['2, 3 March', 37, '2026-03-02/2026-03-03']]],
    ['2024–2029, 2024 — 2029, 2024/25 season', [
      ['2024–2029', 0, '2024/2029'], ['2024 — 2029', 11, '2024/2029'], ['2024/25', 24, '2024/2025'],
    ]],
    ['the years 2021 to 2023, 2025 through 2027; 2023 to 2021', [
      ['2021 to 2023', 10, '2021/2023'], ['2025 through 2027', 24, '2025/2027'], ['2023', 43, '2023'], ['2021', 51, '2021'],
    ]],
    ['from 2024 to 2029; between 2019 and 2023; in 2017 and 2018', [
      ['2024 to 2029', 5, '2024/2029'], ['2019 and 2023', 27, '2019/2023'], ['2017', 45, '2017'], ['2018', 54, '2018'],
    ]],
    ['16 September - 2 October 2021', [['16 September - 2 October 2021', 0, '2021-09-16/2021-10-02']]],
    ['from December 30 to January 2; 30 December 2025 - 2 January; 30 December - 2 January 2027', [
      ['December 30 to January 2', 5, '2025-12-30/2026-01-02'],
      ['30 December 2025 - 2 January', 31, '2025-12-30/2026-01-02'],
      ['30 December - 2 January 2027', 61, '2026-12-30/2027-01-02'],
    ]],
    ['in March-April 2025 and from March to May 2025', [
      ['March-April 2025', 3, '2025-03/2025-04'], ['March to May 2025', 29, '2025-03/2025-05'],
    ]],
    ['the 1990s and the 2000s', [['1990s', 4, '1990/1999'], ['2000s', 18, '2000/2009']]],
    ['grew January to June 2027, in January through June 2027; runs November to February; rose in March to 14%', [
      ['January to June 2027', 5, '2027-01/2027-06'], ['January through June 2027', 30, '2027-01/2027-06'],
      ['November to February', 62, '2025-11/2026-02'], ['March', 92, '2026-03'],
    ]],
    ['between 24 and 26 February; January-September 2025', [
      ['24 and 26 February', 8, '2026-02-24/2026-02-26'], ['January-September 2025', 28, '2025-01/2025-09'],
    ]],
  ]);
});

describe('findDates: months alone and the stamp\'s year', () => {
  table([
    ['the summit in Shusha in July and in Bishkek in October', [['July', 24, '2026-07'], ['October', 47, '2026-10']]],
    ['in mid-March, by the end of May, in March and April', [
      ['March', 7, '2026-03'], ['May', 28, '2026-05'], ['March', 36, '2026-03'], ['April', 46, '2026-04'],
    ]],
    ['the meeting in November last year', [['November', 15, '2025-11']]],
    ['in September-October next year, in March and April next year, from December 30 to January 2 next year', [
      ['September-October', 3, '2027-09/2027-10'], ['March', 35, '2027-03'], ['April', 45, '2027-04'],
      ['December 30 to January 2', 67, '2026-12-30/2027-01-02'],
    ]],
    ['since December, when', [['December', 6, '2025-12']]],
    ['as of end-January, up in October compared with September, late-May', [['January', 10, '2026-01'], ['October', 25, '2026-10'], ['September', 47, '2026-09'], ['May', 63, '2026-05']]],
    ['in the first decade of June and the last week of May; a decade of May Day parades', [['June', 23, '2026-06'], ['May', 49, '2026-05']]],
    ['last December and next March and this May', [
      ['last December', 0, '2025-12'], ['next March', 18, '2026-03'], ['this May', 33, '2026-05'],
    ]],
    ['in February of 2026; Starting 2026; Until 2030', [
      ['February of 2026', 3, '2026-02'], ['2026', 30, '2026'], ['2030', 42, '2030'],
    ]],
    ['Women\'s March and the Long March; they March on', []],
    ['In H1 2026 and Q3 2025 trade grew, as in G7 2026 or 1 2026', [['H1 2026', 3, '2026-01/2026-06'], ['Q3 2025', 15, '2025-07/2025-09']]],
    ['in the first quarter of 2025, the second half of next year and the 4th quarter of 2024; no fifth half of 2025', [
      ['first quarter of 2025', 7, '2025-01/2025-03'], ['second half of next year', 34, '2027-07/2027-12'],
      ['4th quarter of 2024', 67, '2024-10/2024-12'], ['2025', 105, '2025'],
    ]],
    ['in the first nine months of 2025, the last two months of this year and the first 6 months of the year', [
      ['first nine months of 2025', 7, '2025-01/2025-09'], ['last two months of this year', 38, '2026-11/2026-12'],
    ]],
    ['in the first three quarters of this year, the last two quarters of 2025 and the first five quarters of 2024', [
      ['first three quarters of this year', 7, '2026-01/2026-09'], ['last two quarters of 2025', 46, '2025-07/2025-12'], ['2024', 103, '2024'],
    ]],
    ['GDP in First Nine Months of 2026 and the First Quarter of 2025, LAST TWO MONTHS OF 2024', [
      ['First Nine Months of 2026', 7, '2026-01/2026-09'], ['First Quarter of 2025', 41, '2025-01/2025-03'],
      ['LAST TWO MONTHS OF 2024', 64, '2024-11/2024-12'],
    ]],
    ['in May-June and for June–July, the March–April session', [
      ['May-June', 3, '2026-05/2026-06'], ['June–July', 20, '2026-06/2026-07'], ['March–April', 35, '2026-03/2026-04'],
    ]],
  ]);
});

describe('findDates: relative dates', () => {
  table([
    ['This month, last month, next week, last week', [
      ['This month', 0, '2026-02'], ['last month', 12, '2026-01'], ['next week', 24, '2026-W10'], ['last week', 35, '2026-W08'],
    ]],
    ['yesterday and tomorrow; next year; the current year', [
      ['yesterday', 0, '2026-02-23'], ['tomorrow', 14, '2026-02-25'], ['next year', 24, '2027'], ['current year', 39, '2026'],
    ]],
    ['It will be considered in the next year; over the last year', [['next year', 29, '2027']]],
    ['The next year, he moved to Rome.', []],
    ['Visit Kazakhstan This Week', [['This Week', 17, '2026-W09']]],
  ]);
});

describe('findDates: across a year boundary', () => {
  table([
    ['yesterday, last week, last month, this year, in December, December 30, next month', [
      ['yesterday', 0, '2025-12-31'], ['last week', 11, '2025-W52'], ['last month', 22, '2025-12'],
      ['this year', 34, '2026'], ['December', 48, '2026-12'], ['December 30', 58, '2026-12-30'], ['next month', 71, '2026-02'],
    ]],
    ['since December and last December', [['December', 6, '2025-12'], ['last December', 19, '2025-12']]],
    ['this week', [['this week', 0, '2026-W01']]],
  ], '2026-01-01T09:00');
});

describe('findDates: this week, written on a Sunday', () => {
  table([
    ['Yoon will embark on a trip this week.', [['this week', 27, '2024-W24']]],
    ['Talks were held this week.', [['this week', 16, '2024-W23']]],
  ], '2024-06-09T12:56');
});

describe('findDates: weekdays', () => {
  // The stamp is a Tuesday: a bare weekday resolves by the sentence's tense, else to the nearest one.
  table([
    ['Wang met the minister on Monday.', [['Monday', 25, '2026-02-23']]],
    ['He will arrive on Monday.', [['Monday', 18, '2026-03-02']]],
    ['The visit begins on Thursday and ends on Sunday.', [['Thursday', 20, '2026-02-26'], ['Sunday', 41, '2026-03-01']]],
    ['They discussed the issue on Tuesday.', [['Tuesday', 28, '2026-02-24']]],
    ['A reception on Monday evening, 23 February, and on Monday.', [['23 February', 31, '2026-02-23'], ['Monday', 51, '2026-02-23']]],
    ['He addressed the forum, which runs until Saturday. He stayed until Saturday.', [['Saturday', 41, '2026-02-28'], ['Saturday', 67, '2026-02-21']]],
    // `plan` as a noun is no future wording; `plans to` is.
    ['They signed an action plan on Monday. He plans to visit on Monday.', [['Monday', 30, '2026-02-23'], ['Monday', 59, '2026-03-02']]],
    ['visiting from Monday through Saturday', [['Monday through Saturday', 14, '2026-02-23/2026-02-28']]],
    ['He will tour the region from Thursday to Friday.', [['Thursday to Friday', 29, '2026-02-26/2026-02-27']]],
    ['last Friday and next Monday', [['last Friday', 0, '2026-02-20'], ['next Monday', 16, '2026-03-02']]],
    ['Black Friday, Good Friday and the Sunday Times', []],
    ['I call her every Sunday and Each Monday; we talk on Sundays.', []],
    ['The consulate works Monday to Friday, 09:30–12:30, and Saturday–Sunday 10:00. Talks run from Monday to Friday.', [
      ['Monday to Friday', 93, '2026-02-23/2026-02-27'],
    ]],
    ['He\'ll come on Friday. The United Nations met on Friday. Friday is near.', [
      ['Friday', 14, '2026-02-27'], ['Friday', 48, '2026-02-20'], ['Friday', 56, '2026-02-27'],
    ]],
  ]);
});

describe('findDates: years before 1800', () => {
  table([
    ['Built by Timur in 1389 and left unfinished after his death in 1405.', [['1389', 18, '1389'], ['1405', 62, '1405']]],
    ['In 1465, the Khanate was founded; it stood until the 1720s, when it fell.', [['1465', 3, '1465'], ['1720s', 53, '1720/1729']]],
    ['It was built between 1389 and 1405. The poet was born on 9 February 1441.', [['1389 and 1405', 21, '1389/1405'], ['9 February 1441', 57, '1441-02-09']]],
    ['On 9 February 1500 people came.', [['9 February', 3, '2026-02-09']]],
    ['Benefits will be paid from March 1 to 4,800 people.', [['March 1', 27, '2026-03-01']]],
    ['The water will peak on 10 or 11 April, in the first ten days of April.', [['10', 23, '2026-04-10'], ['11 April', 29, '2026-04-11'], ['April', 64, '2026-04']]],
  ]);
});

describe('findDates: not dates', () => {
  table([
    ['Over the past three decades, 30 years of ties, 17 billion US dollars', []],
    ['currently 267 Italian companies and 9.5 billion in investments', []],
    ['the first, the 20th CPC, the 76th anniversary, at 15:00, from 10:00-11:30', []],
    ['on Independence Day, this fall, the same day, 20 years ago', []],
    ['Expo 2017, EXPO-2017, Agenda 2030, Vision 2030, COP29, G20, Kazakhstan-2050', []],
    ['the Astana International Forum 2023', []],
    ['2025 tons, 1,500 cars, 2000 participants, 2019 million, 2026 of them in Astana, 2030 of which', []],
    ['in 1500 schools, by 1200 tenge, from 1200 to 1500 people, 1000s of people, page 1650, in the 1500s', []],
    ['call +7 7172 2025 55 or 8 2025 123; No. 2025; section 2019; page 2020', []],
    ['1. The Republic of Gabon\n2. The Republic of Congo\n14. Japan', []],
    ['it may be late. May God bless. Theresa May said. May Day', []],
    ['Europe Today reported; USA Today', []],
  ]);
  it('keeps May the month apart from the modal verb', () => {
    assert.deepEqual(dates('May 31 was fine, but it may be late. In May, talks.'), [
      ['May 31', 0, '2026-05-31'], ['May', 40, '2026-05'],
    ]);
  });
  it('keeps a year that only qualifies a quantity out of a date', () => {
    assert.deepEqual(dates('On March 15, 2000 people marched.'), [['March 15', 3, '2026-03-15']]);
  });
});

describe('findDates: line breaks and offsets', () => {
  it('finds the same dates in an LF and a CRLF body, none crossing a line break', () => {
    const lf = 'Talks on 15\nMarch 2026 and\n2024\n-2029 and April 3-\n4 and today\nMonday';
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(dates(lf).map(([text]) => text), ['March 2026', '2024', '2029', 'April 3', 'today', 'Monday']);
    for (const body of [lf, crlf]) {
      for (const m of findDates(body, { published: STAMP })) assert.ok(!/[\r\n]/.test(m.text), m.text);
    }
    assert.deepEqual(dates(crlf).map(([text, , n]) => [text, n]), dates(lf).map(([text, , n]) => [text, n]));
  });

  it('reads a long line dense with dates in one pass', () => {
    const line = 'On 15 March 2026, 2024-2029 and last year; Monday. '.repeat(5000);
    const found = findDates(line, { published: STAMP });
    assert.equal(found.length, 20000);
    assert.deepEqual(found.slice(-4).map((m) => m.normalized), ['2026-03-15', '2024/2029', '2025', '2026-02-23']);
    assert.equal(found[found.length - 1].start, line.length - 'Monday. '.length);
  });

  it('resolves nothing from a missing stamp but still normalises written years', () => {
    assert.deepEqual(dates('On 15 March 2025, last year and 15 March', 'not a date'), [
      ['15 March 2025', 3, '2025-03-15'], ['last year', 18, undefined], ['15 March', 32, undefined],
    ]);
  });
});

describe('findDates on the fixtures', () => {
  const dir = join(__dirname, '..', 'fixtures');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const lf = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
    for (const [variant, text] of [['LF', lf], ['CRLF', lf.replace(/\n/g, '\r\n')], ['BOM', `\uFEFF${lf}`]]) {
      it(`${file} (${variant}): every span is its text, on one line, in order and apart`, () => {
        const parsed = parseBulletin(text);
        let total = 0;
        for (const article of parsed.articles) {
          const body = parsed.text.slice(article.stamp.end, article.end);
          const found = findDates(body, { published: article.stamp.published });
          found.forEach((m, i) => {
            assert.equal(body.slice(m.start, m.end), m.text);
            assert.ok(!/[\r\n]/.test(m.text) && m.text.trim() === m.text, m.text);
            assert.match(m.normalized ?? '', /^\d{4}(-\d\d(-\d\d)?|-W\d\d)?(\/\d{4}(-\d\d(-\d\d)?)?)?$/);
            if (i > 0) assert.ok(found[i - 1].end <= m.start);
          });
          total += found.length;
        }
        assert.ok(total > 0);
      });
    }
  }

  it('dev-1 and dev-2 give their dates as the guide reads them', () => {
    const read = (file: string, index: number): Found[] => {
      const parsed = parseBulletin(readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8'));
      const article = parsed.articles[index];
      return dates(parsed.text.slice(article.stamp.end, article.end), article.stamp.published);
    };
    assert.deepEqual(read('dev-1.txt', 1).map(([t, , n]) => [t, n]), [
      ['This Week', '2025-W13'], ['March 28', '2025-03-28'], ['April 3-4', '2025-04-03/2025-04-04'],
    ]);
    assert.deepEqual(read('dev-2.txt', 5).map(([t, , n]) => [t, n]), [
      ['30 August 2021', '2021-08-30'], ['1 September 1991', '1991-09-01'],
    ]);
  });
});

describe('findDates: lists of months, two-day words and qualifying day words', () => {
  table([
    ['between January and December 2019 the visits grew', [['January and December 2019', 8, '2019-01/2019-12']]],
    ['on October 16 and December 28 last year, and on May 16, June 2 and July 23, 2024', [
      ['October 16', 3, '2025-10-16'], ['December 28', 18, '2025-12-28'],
      ['May 16', 48, '2024-05-16'], ['June 2', 56, '2024-06-02'], ['July 23, 2024', 67, '2024-07-23'],
    ]],
    ['in January, February and March 2024 and in May or June 2025', [
      ['January', 3, '2024-01'], ['February', 12, '2024-02'], ['March 2024', 25, '2024-03'], ['May', 43, '2025-05'], ['June 2025', 50, '2025-06'],
    ]],
    ['Calendar for January through June', [['January through June', 13, '2026-01/2026-06']]],
    ['he came the day before yesterday and leaves the day after tomorrow', [
      ['day before yesterday', 12, '2026-02-22'], ['day after tomorrow', 48, '2026-02-26'],
    ]],
    ['Tomorrow, 25 February, the talks open; today, 5 March, is no such day', [
      ['25 February', 10, '2026-02-25'], ['today', 39, '2026-02-24'], ['5 March', 46, '2026-03-05'],
    ]],
    ['held today (February 24, 2026), not today (5 March)', [
      ['February 24, 2026', 12, '2026-02-24'], ['today', 36, '2026-02-24'], ['5 March', 43, '2026-03-05'],
    ]],
  ]);
  // The stamp is a Tuesday: a past Thursday is 19 February, a future one 26 February.
  table([
    ['He will attend the forum, the press service reported on Thursday', [['Thursday', 56, '2026-02-19']]],
    ['On Thursday, the minister will visit Astana', [['Thursday', 3, '2026-02-26']]],
    ['The talks held on Thursday will go on', [['Thursday', 18, '2026-02-19']]],
    ['At a meeting on Thursday he referred to the upcoming visit', [['Thursday', 16, '2026-02-19']]],
    ['He also said that on Thursday the President will receive him', [['Thursday', 21, '2026-02-26']]],
    ['He said on Thursday that the visit will take place', [['Thursday', 11, '2026-02-19']]],
    ['It was ratified on Wednesday last week; he comes on Monday next week and on Friday this week', [
      ['Wednesday', 19, '2026-02-18'], ['Monday', 52, '2026-03-02'], ['Friday', 76, '2026-02-27'],
    ]],
    ['BISHKEK, April 19 — 24.kg news agency', [['April 19', 9, '2026-04-19']]],
    ['in the coming year, not in the coming years; a coming storm', [['coming year', 7, '2027']]],
    ['Addis Ababa, May 31/2025 (ENA)', [['May 31/2025', 13, '2025-05-31']]],
    ['in the first fortnight of October, before the June climate talks; May new talks begin?', [
      ['October', 26, '2026-10'], ['June', 46, '2026-06'],
    ]],
    ['TONIGHT: talks', [['TONIGHT', 0, '2026-02-24']]],
    ['He arrived this morning; This afternoon and tonight he meets them, not last evening', [
      ['this morning', 11, '2026-02-24'], ['This afternoon', 25, '2026-02-24'], ['tonight', 44, '2026-02-24'],
    ]],
  ]);
});
