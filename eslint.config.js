// @ts-check
import js from '@eslint/js'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'
import svelteConfig from './svelte.config.js'

/**
 * Import boundaries by where code runs (as VS Code enforces its layers):
 * shared imports nothing host-specific; the renderer never reaches into main/preload or Node;
 * main and preload never import renderer code.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http']

/**
 * @param {string[]} patterns
 * @param {string} message
 * @returns {import('eslint').Linter.RulesRecord}
 */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }]
})

export default ts.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e-output/**',
      'reports/**',
      'bench/out/**'
    ]
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Content never opens anything outside the app (Electron security checklist).
      'no-restricted-properties': [
        'error',
        {
          object: 'shell',
          property: 'openExternal',
          message: 'The kiosk never opens external URLs.'
        }
      ]
    }
  },
  {
    // The benchmark's in-page probe and peer harness scripts run in the browser.
    files: ['bench/page-probe.js', 'bench/peers/**/*.js'],
    languageOptions: { globals: { ...globals.browser, Chart: 'readonly', Reveal: 'readonly' } }
  },
  {
    files: ['src/shared/**'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: forbid(
      ['electron', ...NODE_BUILTINS, '**/main/**', '**/preload/**', '**/renderer/**'],
      'src/shared is pure TypeScript: no electron, node:* or host code.'
    )
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(
      ['electron', ...NODE_BUILTINS, '**/main/**', '**/preload/index*'],
      'The renderer talks to the host only through lib/host.ts (window.host).'
    )
  },
  {
    files: ['src/main/**'],
    rules: forbid(['**/renderer/**', '**/preload/**'], 'main may import only shared code.')
  },
  {
    files: ['src/preload/**'],
    rules: forbid(
      ['**/renderer/**', '**/main/**', ...NODE_BUILTINS],
      'The preload is contextBridge only: electron and shared types.'
    )
  }
)
