// Placeholder until the CLI lands (issue 2).
process.stderr.write('bulletin-annotator: CLI not built yet\n');
process.exitCode = 1;
