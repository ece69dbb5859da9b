// Problems with a file as text: encoding, line endings, size and JSON syntax.
import { MAX_DATA_FILE_BYTES } from '../../../src/domain/dataset/validate-dataset';
import { AIR, SOURCES, WORKER, editText, replaceText, type BadCase } from '../helpers';

export const fileCases: BadCase[] = [
  {
    name: 'a byte-order mark',
    mutate: editText(WORKER, (text) => `\uFEFF${text}`),
    errors: [{ file: WORKER, field: '', message: 'save it as UTF-8 without BOM' }],
  },
  {
    name: 'CRLF line endings',
    mutate: editText(AIR, (text) => text.replace(/\n/g, '\r\n')),
    errors: [
      { file: AIR, field: '', message: 'uses CRLF (Windows) line endings, first on line 1' },
    ],
  },
  {
    name: 'an empty file',
    mutate: editText(WORKER, () => ''),
    errors: [{ file: WORKER, field: '', message: 'is empty' }],
  },
  {
    name: 'a file holding only white space',
    mutate: editText(SOURCES, () => '\n\n  \n'),
    errors: [{ file: SOURCES, field: '', message: 'is empty' }],
  },
  {
    name: 'a trailing comma',
    mutate: replaceText(
      SOURCES,
      '"seedFile": "003_435b4b71792b1d44.txt"',
      '"seedFile": "003_435b4b71792b1d44.txt",',
    ),
    errors: [
      {
        file: SOURCES,
        field: '',
        message: 'is not valid JSON: trailing comma before "}" at line 12, column 45',
      },
    ],
  },
  {
    name: 'a stray comma opening a list',
    mutate: replaceText(AIR, '"observations": [\n', '"observations": [,\n'),
    errors: [
      { file: AIR, field: '', message: 'is not valid JSON: unexpected "," at line 42, column 24' },
    ],
  },
  {
    name: 'a trailing comma in a list',
    mutate: replaceText(
      AIR,
      '"quoteKey": "達到"\n          }\n        }\n      ]',
      '"quoteKey": "達到"\n          }\n        },\n      ]',
    ),
    errors: [
      {
        file: AIR,
        field: '',
        message: 'is not valid JSON: trailing comma before "]" at line 71, column 10',
      },
    ],
  },
  {
    name: 'a missing comma between properties',
    mutate: replaceText(WORKER, '"category": "innovation",', '"category": "innovation"'),
    errors: [
      {
        file: WORKER,
        field: '',
        message: 'is not valid JSON: expected "," or "}" at line 22, column 7',
      },
    ],
  },
  {
    name: 'a string broken over two lines',
    mutate: replaceText(WORKER, '职工创新工作室达到8000家', '职工创新工作室\n达到8000家'),
    errors: [
      {
        file: WORKER,
        field: '',
        message:
          'is not valid JSON: a raw line break or control character inside a string at line 30, column 73',
      },
    ],
  },
  {
    name: 'a file cut off in the middle',
    mutate: editText(AIR, (text) => text.slice(0, text.indexOf('"indicators"'))),
    errors: [
      {
        file: AIR,
        field: '',
        message: 'is not valid JSON: expected a double-quoted property name at line 16, column 3',
      },
    ],
  },
  {
    name: 'a value too large for a number (1e999 parses as Infinity)',
    mutate: replaceText(AIR, '"value": 30.5', '"value": 1e999'),
    errors: [
      {
        file: AIR,
        indicator: 'pm25-annual-average',
        field: 'observations[0].value',
        message: 'must be a finite number, got Infinity',
      },
    ],
  },
  {
    name: 'bytes that were not UTF-8 (decoded as U+FFFD)',
    mutate: replaceText(WORKER, '职工之家达到1.8万个', '职工之家达到1.8\uFFFD个'),
    errors: [
      {
        file: WORKER,
        field: '',
        message: 'is not valid UTF-8 (line 79 holds a replacement character)',
      },
      {
        file: WORKER,
        indicator: 'worker-homes',
        field: 'target.citation.quote',
        message: 'does not state 18000',
      },
    ],
  },
  {
    name: 'a file over the size limit',
    mutate: editText(WORKER, (text) => text + ' '.repeat(MAX_DATA_FILE_BYTES)),
    errors: [{ file: WORKER, field: '', message: `over the ${MAX_DATA_FILE_BYTES}-byte limit` }],
  },
];
