import { existsSync } from 'node:fs';

/** LibreOffice Writer's core library: there once libreoffice-writer-nogui is installed. */
const WRITER = '/usr/lib/libreoffice/program/libswlo.so';

export const hasWriter = existsSync(WRITER);

/**
 * A test that needs LibreOffice Writer is skipped where it is missing, but never in CI: .ci/run
 * installs it before these tests run, so there a missing Writer is a broken install, and the test
 * must fail saying so rather than quietly not run.
 */
export const skipWithoutWriter = !hasWriter && !process.env.CI;

export function requireWriter() {
  if (!hasWriter)
    throw new Error(
      `LibreOffice Writer is missing (${WRITER}): .ci/run installs libreoffice-writer-nogui`,
    );
}
