import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

// The boundaries the code keeps (bulletproof-react's no-restricted-paths zones): a feature never
// imports another feature (one pair allowed by name), components/ and lib/ never import
// features/ or app/, the domain imports nothing above it, and only demo start-up imports mocks/.
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** Feature → features it may import. The overview hosts the filter bar. */
const ALLOWED_FEATURE_IMPORTS = { overview: ['filters'] };
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, ...(ALLOWED_FEATURE_IMPORTS[feature] ?? []).map((f) => `./${f}`)],
  message:
    'A feature does not import another feature: move the shared part down to components/, lib/ or domain/.',
}));
const layerZones = [
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'components/ and lib/ sit below the features: they never import features/ or app/.',
  },
  {
    target: './src/domain',
    from: ['./src/features', './src/app', './src/lib', './src/components'],
    message: 'The domain is pure TypeScript: it imports nothing from the layers above it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      // Builds beside it (PT_DIST=dist-… in playwright.config.ts) when several people test at once.
      'dist-*',
      'dist-ssr',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...featureZones, ...layerZones] }],
    },
  },
  {
    // Only demo mode's start-up loads the mocks (msw and the data generator).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/demo/start-demo.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            ...layerZones,
            {
              target: './src',
              from: './mocks',
              message: 'Only src/features/demo/start-demo.ts loads mocks/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // Packages by name, so the rule holds at any depth of src/domain/.
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'react/*'] }],
    },
  },
);
