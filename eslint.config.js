import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const FEATURES_USE_DB = {
  name: 'dexie',
  message: 'Features read and write through db/ repositories.',
};
const FEATURES_NEVER_APP = {
  regex: '(^|/)app/',
  message: 'Features never import app/: shared state lives in state/.',
};
// A file of features/x/ reaching into ../y/ is one feature inside another.
const FEATURES_NEVER_EACH_OTHER = {
  regex: '^\\.\\./[A-Za-z]+/',
  message:
    'A feature never imports another feature: a widget two features show belongs in ui/, ' +
    'state they share in state/, and record editing hooks in their own layer.',
};
const FEATURE_CROSSINGS_LEFT = [
  'customers/AccountPage.tsx',
  'customers/AccountsPanel.tsx',
  'journeys/JourneyDetail.tsx',
  'journeys/JourneysPage.tsx',
  'journeys/PainPointForm.tsx',
  'journeys/SloBudgetBadge.tsx',
  'journeys/StepRetroLinks.tsx',
  'journeys/StepRow.tsx',
  'reports/OpenFindingsDialog.tsx',
  'reports/ReportsPage.tsx',
  'retros/ActionItemsPanel.tsx',
  'retros/ChatLogDialog.tsx',
  'retros/EventRow.tsx',
  'retros/FactorsPanel.tsx',
  'retros/IncidentPanel.tsx',
  'retros/ParticipantAccountsPanel.tsx',
  'retros/RetroContext.tsx',
  'retros/RetrosPage.tsx',
  'retros/TimelinePanel.tsx',
  'settings/SettingsPage.tsx',
  'slos/SloDetail.tsx',
  'slos/SloPurpose.tsx',
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text never becomes HTML.',
        },
      ],
    },
  },
  {
    // shared/ runs in Node, main and renderer alike: no DOM, Electron or Dexie.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'dexie', 'dexie-*', 'react', 'react-*', '**/renderer/**'] },
      ],
    },
  },
  // The renderer's layers (see ARCHITECTURE.md): app/ composes features/; features/ use db/,
  // state/, ui/ and shared/; ui/ is plain components; workers/ run db/ jobs. An import against
  // these arrows is an error, so the layers hold as the code grows.
  {
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [FEATURES_USE_DB],
          patterns: [FEATURES_NEVER_APP, FEATURES_NEVER_EACH_OTHER],
        },
      ],
    },
  },
  {
    // The feature → feature imports there were when the fence went up (issue 29): each is to move
    // to ui/, state/ or an editing layer; until then these files alone may cross, so no new
    // crossing is added anywhere else.
    files: FEATURE_CROSSINGS_LEFT.map((f) => `renderer/src/features/${f}`),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [FEATURES_USE_DB], patterns: [FEATURES_NEVER_APP] },
      ],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'dexie-react-hooks'],
          patterns: [
            {
              regex: '(^|/)(db|features|app|state)/',
              message: 'ui/ is plain components and hooks: no database, feature or app state.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(features|app|ui)/',
              message: 'Workers run db/ jobs and shared/ logic, never screens.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts', 'renderer/src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(features|app|ui)/',
              message: 'db/ and state/ sit under the screens: they never import them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'electron/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message:
                "Import test and expect from './test': it fixes the page's clock, so the test passes on any day.",
            },
          ],
        },
      ],
    },
  },
);
