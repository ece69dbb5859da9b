/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prerender } from './scripts/prerender.ts';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { embedNotFoundPlugin } from './scripts/vite-plugin-embed-not-found.ts';
import { deferredEntryPlugin } from './scripts/vite-plugin-deferred-entry.ts';
import { malformedUrlsOpenTheApp } from './scripts/vite-plugin-malformed-urls.ts';
import { securityHeadersPlugin } from './scripts/vite-plugin-security-headers.ts';
import { staticApi } from './scripts/vite-plugin-static-api.ts';

const TESTS = ['tests/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'];
const NOT_TESTS = ['tests/e2e/**', 'node_modules/**'];
/** Tests that run LibreOffice (soffice) or poppler (pdftotext), which .ci/run installs with apt-get. */
const NEED_OFFICE_TOOLS = [
  'tests/export/docx-briefing.test.ts',
  'tests/curation/read-document.test.ts',
];

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    mode === 'test' ? null : staticApi(),
    contentSecurityPolicy(),
    securityHeadersPlugin(),
    // After the headers (the 404 carries them too), before the static files and the SPA fallback.
    embedNotFoundPlugin(),
    malformedUrlsOpenTheApp(),
    // React and TanStack Query are fetched (not run) with the entry, once the page has painted:
    // every page's app needs them, and a first interaction then waits only for the app's code.
    deferredEntryPlugin(['vendor']),
    // Needs the API files staticApi emits, so never in tests.
    mode === 'test' ? null : prerender(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports knows <link rel="modulepreload">: no polyfill in the entry.
    modulePreload: { polyfill: false },
    // exceljs (0.9 MB) and Recharts load only on demand; every chunk's gzip size is budgeted in
    // bench/budgets.json (npm run check:budgets), so Vite's generic 500 kB warning is noise.
    chunkSizeWarningLimit: 1000,
    // One stylesheet, linked from index.html: the prerendered overview must be styled before any
    // JS runs, including parts whose CSS would otherwise ride along with a lazy chunk.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the app cannot run without and a first visit fetches ahead (boot.ts, while the
            // page is idle): React and TanStack Query, with the router and the store.
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|wouter|regexparam|zustand|use-sync-external-store)[\\/]/,
            },
            // The translation library comes with the app on first use, not ahead of it: the
            // prerendered page already holds its Chinese words.
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next)[\\/]/,
            },
            // What the entry shares with the app (Vite's preload helper, the export frame's name):
            // on its own, else the app-core group below takes it and the entry would load all
            // of app-core with it.
            {
              name: 'boot-shared',
              priority: 1,
              test: /vite[\\/]preload-helper|src[\\/]lib[\\/]export[\\/]frame-name\.ts$/,
            },
            // The small app modules the app always runs, in one chunk: left to itself Rolldown
            // splits them by which lazy pages also import them, and each split costs the first
            // use its own request and imports (the big screen and the embeds share many).
            {
              name: 'app-core',
              test: /src[\\/](components[\\/]ui[\\/](status-label|status-badge|query-states|palette|data-table|chart-figure|series-result|current-year-target)|lib[\\/](use-view-state|view-state|demo-store|use-dashboard|use-document-title|queries|export[\\/]stamp|export[\\/]stamp-context|i18n[\\/]use-language)|domain[\\/](evaluation[\\/][\w-]+|presentation[\\/]format|exports[\\/]export-names|dataset[\\/]vocabulary))\.tsx?$/,
            },
            // Recharts and what only it uses, in one chunk with a fixed name: the budget key no
            // longer depends on which chart module Rolldown happens to meet first.
            {
              name: 'recharts',
              // After vendor: a group also takes the modules its members import, so React must
              // already be placed.
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|decimal\.js-light|eventemitter3|es-toolkit|tiny-invariant)[\\/]/,
            },
            // The curation readers, each loaded only when /curate reads a file of its format: JSZip
            // on its own (the deck writer shares it, and loads it with pptxgenjs), then mammoth
            // with the libraries only it uses (DOCX), and pdf.js with its set-up (PDF; its worker
            // and its CMaps are assets of their own).
            { name: 'jszip', test: /node_modules[\\/]jszip[\\/]/ },
            {
              name: 'mammoth',
              test: /node_modules[\\/](mammoth|@xmldom|lop|option|underscore|dingbat-to-unicode|base64-js|bluebird|xmlbuilder)[\\/]/,
            },
            {
              name: 'pdfjs',
              test: /node_modules[\\/]pdfjs-dist[\\/]|src[\\/]lib[\\/]curation[\\/]pdfjs-browser\.ts$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    // Above tests/setup.ts's 10 s wait for an element, so a slow wait fails as itself.
    testTimeout: 30_000,
    // Two groups, so CI can run the tests that need only Node while apt-get still installs the
    // system tools (.ci/run): `npm test` runs both; `--project unit` or `--project office` one.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: TESTS, exclude: [...NOT_TESTS, ...NEED_OFFICE_TOOLS] },
      },
      { extends: true, test: { name: 'office', include: NEED_OFFICE_TOOLS } },
    ],
  },
}));
