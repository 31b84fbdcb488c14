import { version } from '../../package.json';

export const VERSION = version;

export const USAGE = `Usage:
  bulletin-annotator export <files or folders...> --format json|jsonl|csv|md [--out DIR | --out -]
  bulletin-annotator stats <files or folders...>
  bulletin-annotator --help | --version

Commands:
  export   Annotate bulletins (dates, officials, countries) and export them.
           With --out DIR: one file per bulletin, DIR/<name>.<format>, where
           <name> is the input's name without its extension. Files are written
           atomically, and only once every input has been exported.
           Without --out, or with --out -: one stream on stdout (CSV with one
           header row; JSON as one document per bulletin, one after another).
  stats    Print a table of articles and dates, officials and countries per file.

Folders are read one level deep: every *.txt and *.bulletin file in them that
has a date header or an article stamp is a bulletin.

Options:
  -f, --format <format>  json, jsonl, csv or md (required by export)
  -o, --out <DIR|->      output folder (created if missing), or - for stdout
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 success (also when a bulletin has no articles: a warning and an
empty export), 1 unreadable input or unwritable output, 2 usage error.
`;
