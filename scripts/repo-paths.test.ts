import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findOutsideReferences, readRepoFiles } from './repo-paths.mjs'

const ROOT = join(import.meta.dirname, '..')
const up = '../'.repeat(3)

describe('the repository stands alone', () => {
  it('no tracked file refers to a path above the root or to one machine', () => {
    const problems = findOutsideReferences(readRepoFiles(ROOT)).map(
      (p) => `${p.file}:${p.line}: ${p.text} (${p.why})`
    )
    expect(problems, 'references outside the repository').toEqual([])
  })

  it('catches an import of the article from beside the repo', () => {
    const text = `import articleText from '${up}shared/source/article.md?raw'\n`
    const problems = findOutsideReferences([{ path: 'src/shared/content-coverage.test.ts', text }])
    expect(problems, 'the deliberately added import').toEqual([
      {
        file: 'src/shared/content-coverage.test.ts',
        line: 1,
        text: `${up}shared/source/article.md?raw`,
        why: 'relative path climbs above the repository root'
      }
    ])
  })

  it('allows relative paths that stay inside, even deep ones', () => {
    const two = '../'.repeat(2)
    const text = `import x from '${two}docs/source/article.md?raw'\n$schema: "${two}resources/x.json"`
    expect(findOutsideReferences([{ path: 'src/shared/a.test.ts', text }])).toEqual([])
    expect(findOutsideReferences([{ path: 'README.md', text: 'see ../x' }])).toHaveLength(1)
  })

  it('catches machine-specific absolute paths, also in comments, but not standard ones', () => {
    const home = ['', 'home', 'alice', 'x'].join('/')
    const work = ['', 'wo' + 'rk', 'main', 'x'].join('/')
    const win = ['C:', 'Users', 'alice', 'x'].join('\\')
    const bad = [`// see ${home}`, `# ${work}`, `path: ${win}`].join('\n')
    expect(
      findOutsideReferences([{ path: 'a.ts', text: bad }]).map((p) => p.line),
      'lines flagged'
    ).toEqual([1, 2, 3])
    const fine = [
      '/usr/bin/chromium',
      '/Applications/Google Chrome.app',
      '%LOCALAPPDATA%\\x',
      'C:\\Users\\<user>\\AppData',
      '~/Applications',
      'https://example.org/home/page'
    ].join('\n')
    expect(findOutsideReferences([{ path: 'a.ts', text: fine }])).toEqual([])
  })
})
