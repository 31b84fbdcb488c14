import * as assert from 'node:assert/strict';
import { findDates } from '../../src/core/annotate/dates';

const dates = (body: string) => findDates(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.start, m.normalized]);

describe('findDates: a relative day word after a place name', () => {
  it('reads a lower-case day word after a capitalised place as a date', () => {
    assert.deepEqual(dates('The talks ended in Geneva yesterday and resume in Vienna tomorrow.'), [
      ['yesterday', 26, '2026-02-23'],
      ['tomorrow', 57, '2026-02-25'],
    ]);
  });

  it('leaves a capitalised day word that ends an outlet name alone', () => {
    assert.deepEqual(dates('as Astana Today and Africa Tomorrow reported'), []);
  });
});
