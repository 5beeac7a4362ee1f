// Proves the render check can fail: runs it on a good fixture book (must pass) and on one fixture a defect (each
// must fail the check that defect breaks, and only with exit code 1). Usage: node selftest.mjs (or npm test).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeFixtureEpub } from './fixture-epub.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const expectations = [
    [null, null],
    ['escaped-markup', 'no-raw-markup'],
    ['missing-translation', 'paragraph-order'],
    ['monolingual-toc', 'toc-bilingual'],
    ['wrong-toc-target', 'toc-bilingual,toc-navigation'], // chapter 2 loses its entry and entry 2 opens chapter 3
    ['missing-chapter-in-toc', 'toc-bilingual'],
]
const work = mkdtempSync(join(tmpdir(), 'novel-render-selftest-'))
let failed = 0
try {
    for (const [defect, brokenCheck] of expectations) {
        const epub = join(work, `${defect ?? 'good'}.epub`)
        writeFixtureEpub(epub, { chapters: 3, defect })
        let code = 0, output
        try {
            output = execFileSync(process.execPath, [join(here, 'render-check.mjs'), epub, join(work, defect ?? 'good')], { encoding: 'utf8', timeout: 120000 })
        } catch (error) {
            code = error.status
            output = error.stdout
        }
        const summary = JSON.parse(output)
        const failedChecks = Object.entries(summary.checks).filter(([, c]) => !c.ok).map(([name]) => name)
        const expected = brokenCheck ? brokenCheck.split(',') : []
        const ok = code === (brokenCheck ? 1 : 0) && JSON.stringify(failedChecks) === JSON.stringify(expected)
        if (!ok) failed++
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${defect ?? 'good book'}: exit ${code}, failed checks [${failedChecks.join(', ')}], expected [${expected.join(', ')}] (${summary.timings.totalMs} ms)${summary.error ? ' error: ' + summary.error : ''}`)
    }
} finally {
    rmSync(work, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0
