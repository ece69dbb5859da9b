// `npm run headers:write`: writes the static hosts' header files under deploy/ from
// scripts/security-headers.ts (a test fails when they drift from it).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOST_HEADER_FILES } from './security-headers.ts';

for (const [file, render] of Object.entries(HOST_HEADER_FILES)) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, render());
  console.log(`wrote ${file}`);
}
