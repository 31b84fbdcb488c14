'use strict';
// Mocha's spec reporter, plus a JSON file with the counts for scripts/test.mjs
// to add up into the closing `N passed, N failed` line.
const fs = require('fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once('end', () => {
      const file = process.env.BULLETIN_TEST_SUMMARY;
      if (file) {
        const { passes, failures, pending } = this.stats;
        fs.writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, pending }));
      }
    });
  }
}

module.exports = SummaryReporter;
