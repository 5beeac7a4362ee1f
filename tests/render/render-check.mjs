// Opens an EPUB in a real reading engine (foliate-js, the engine of the Foliate reader, in headless Chromium) and
// checks what a reader shows:
//   toc-bilingual      every chapter has a contents entry; when the chapter's heading has a translation, the entry
//                      holds both CJK and Latin text
//   toc-navigation     following each contents entry shows that chapter: the engine lands on the entry's section and
//                      the chapter heading is on the visible page
//   paragraph-order    in every rendered chapter section, each run of Chinese paragraphs (lang zh-*) is followed by an
//                      English one (lang en), in document order and on screen
//   no-raw-markup      no visible text (pages or contents) shows escaped markup: &lt; &gt; &amp; &#…; <p </… ampampbr
//   cjk-font           the system has a font that covers Chinese, so nothing renders as tofu boxes
// and saves PNG screenshots of the first and last chapters' first pages into OUTDIR.
// Usage: node render-check.mjs BOOK.epub OUTDIR [--timeout-ms N] [--chromium PATH] [--engine DIR] [--viewer DIR]
//    or: node render-check.mjs --url http://127.0.0.1:PORT/ OUTDIR   (check a running `novel preview` instead)
// Prints a JSON summary on stdout; exits 0 when every check passed, 1 when a check failed, 2 when the check
// could not run (bad arguments, browser failed to start, timeout).
import { createServer } from 'node:http'
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, extname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execFileSync } from 'node:child_process'

const here = dirname(fileURLToPath(import.meta.url))
const started = Date.now()

const parseArguments = argv => {
    const positional = [], options = {}
    for (let i = 0; i < argv.length; i++) {
        if (argv[i].startsWith('--')) options[argv[i].slice(2)] = argv[++i]
        else positional.push(argv[i])
    }
    return { book: positional[0], outDir: positional[1], options }
}

const parsed = parseArguments(process.argv.slice(2))
const { options } = parsed
const previewUrl = options.url ?? null
const book = previewUrl ? null : parsed.book
const outDir = previewUrl ? parsed.book : parsed.outDir
const totalTimeoutMs = Number(options['timeout-ms'] ?? 300000)
const stepTimeoutMs = 20000
const chromiumPath = options.chromium ?? process.env.CHROMIUM ?? '/usr/bin/chromium'
const engineDir = resolve(options.engine ?? join(here, 'node_modules', 'foliate-js'))
const viewerDir = resolve(options.viewer ?? join(here, '..', '..', 'src', 'Novel', 'Resources', 'Preview'))

const summary = { book: book ? resolve(book) : previewUrl, ok: false, engine: null, browser: null, checks: {}, screenshots: [], timings: {} }
const finish = code => {
    summary.timings.totalMs = Date.now() - started
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n')
    process.exitCode = code
}
const fail = (message, code = 2) => {
    summary.error = message
    finish(code)
}

if ((!book && !previewUrl) || !outDir) {
    console.error('usage: node render-check.mjs BOOK.epub OUTDIR [--timeout-ms N] [--chromium PATH] [--engine DIR] [--viewer DIR]\n' +
        '   or: node render-check.mjs --url http://127.0.0.1:PORT/ OUTDIR [--timeout-ms N] [--chromium PATH]')
    process.exit(2)
}
const required = previewUrl ? [['chromium', chromiumPath]]
    : [['book', book], ['chromium', chromiumPath], ['engine', join(engineDir, 'view.js')], ['viewer', join(viewerDir, 'viewer.html')]]
for (const [what, path] of required) {
    if (!existsSync(path)) {
        fail(`${what} not found: ${path}`)
        process.exit()
    }
}
mkdirSync(outDir, { recursive: true })
summary.engine = previewUrl ? 'foliate-js (served by the preview)' : 'foliate-js ' + JSON.parse(readFileSync(join(engineDir, 'package.json'), 'utf8')).version

// A static server for the viewer page, the engine's files and the book, on 127.0.0.1 and a port the OS picks.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.epub': 'application/epub+zip', '.json': 'application/json' }
const within = (root, relative) => {
    const path = resolve(root, '.' + sep + decodeURIComponent(relative))
    return path === root || path.startsWith(root + sep) ? path : null
}
const route = pathname => {
    if (pathname === '/' || pathname === '/index.html') return join(viewerDir, 'viewer.html')
    if (pathname === '/book.epub') return resolve(book)
    if (pathname.startsWith('/engine/')) return within(engineDir, pathname.slice('/engine/'.length))
    return within(viewerDir, pathname.slice(1))
}
const server = createServer((request, response) => {
    const pathname = new URL(request.url, 'http://127.0.0.1').pathname
    if (pathname === '/favicon.ico') {
        response.writeHead(204).end()
        return
    }
    const path = route(pathname)
    if (!path || !existsSync(path) || !statSync(path).isFile()) {
        response.writeHead(404).end()
        return
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(path).pipe(response)
})

const withTimeout = (promise, ms, what) => Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref()),
])

let context = null
let userDataDir = null
const cleanUp = async () => {
    await context?.close().catch(() => {})
    context = null
    if (server.listening) {
        server.close()
        server.closeAllConnections?.()
    }
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
}
const watchdog = setTimeout(async () => {
    summary.error = `the whole check timed out after ${totalTimeoutMs} ms`
    await withTimeout(cleanUp(), 10000, 'clean-up').catch(() => {})
    finish(2)
    process.exit(2)
}, totalTimeoutMs)
watchdog.unref()

const check = (name, failures, details = {}) => {
    summary.checks[name] = { ok: failures.length === 0, failures: failures.slice(0, 25), failureCount: failures.length, ...details }
}

const cjkFontFamilies = () => {
    try {
        return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 10000 }).split('\n').filter(Boolean)
    } catch {
        return []
    }
}

// Runs inside the page: everything the reader knows about the book, and each section's content as rendered.
const pageScripts = {
    describeBook: async () => {
        const { view } = window.novelViewer
        const { book } = view
        const flatten = (items, depth = 0) => (items ?? []).flatMap(item =>
            [{ label: item.label ?? '', href: item.href ?? '', depth }, ...flatten(item.subitems, depth + 1)])
        const toc = flatten(book.toc).map(entry => ({ ...entry, index: view.resolveNavigation(entry.href)?.index ?? null }))
        const language = book.metadata?.language
        return {
            title: book.metadata?.title,
            languages: Array.isArray(language) ? language : [language].filter(Boolean),
            sections: book.sections.map((s, index) => ({ index, id: s.id, linear: s.linear !== 'no' })),
            toc,
        }
    },
    showSection: async ({ target, timeoutMs }) => {
        const state = window.novelViewer
        const { view } = state
        const before = state.relocations
        const resolved = view.resolveNavigation(target)
        await view.goTo(target)
        const deadline = performance.now() + timeoutMs
        while (state.relocations === before && performance.now() < deadline) await new Promise(r => setTimeout(r, 20))
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
        const contents = view.renderer.getContents()
        const shown = contents.find(c => c.index === resolved?.index) ?? contents[0]
        const doc = shown?.doc
        if (!doc) return { expectedIndex: resolved?.index ?? null, shownIndex: null }
        await doc.fonts?.ready
        const langOf = el => (el.closest('[lang]')?.getAttribute('lang') ?? el.closest('[*|lang]')?.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? '').toLowerCase()
        const chapter = doc.querySelector('[*|type~="chapter"]') ?? null
        const heading = (chapter ?? doc.body)?.querySelector('h1, h2')
        const header = heading?.closest('header')
        const subtitle = header ? [...header.querySelectorAll('[lang]')].filter(el => el !== heading && langOf(el).startsWith('en')).map(el => el.textContent.trim()).join(' ') : ''
        const range = state.lastRelocate?.range
        const visible = el => {
            try {
                return !!range && range.intersectsNode(el)
            } catch {
                return false
            }
        }
        // A bead: a parent that holds paragraphs in both languages (Novel's div.pair); several originals may share one.
        const beads = new Map()
        const beadOf = el => {
            const parent = el.parentElement
            if (!parent || parent === doc.body || parent === chapter) return null
            const langs = [...parent.children].map(langOf)
            const both = langs.some(l => l.startsWith('zh')) && langs.some(l => l.startsWith('en'))
            if (!both) return null
            if (!beads.has(parent)) beads.set(parent, beads.size + 1)
            return beads.get(parent)
        }
        const blocks = [...doc.body.querySelectorAll('p, h1, h2, h3, li, blockquote')]
            .filter(el => !el.closest('header') && el.querySelector('p, li') === null)
            .map(el => {
                const rect = el.getBoundingClientRect()
                const style = doc.defaultView.getComputedStyle(el)
                return {
                    tag: el.localName,
                    lang: langOf(el),
                    ownLang: el.getAttribute('lang'),
                    bead: beadOf(el),
                    text: el.textContent.trim().slice(0, 60),
                    left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height,
                    displayed: style.display !== 'none' && style.visibility !== 'hidden' && rect.width > 0 && rect.height > 0,
                }
            })
        return {
            expectedIndex: resolved?.index ?? null,
            shownIndex: shown.index,
            isChapter: chapter !== null,
            heading: heading ? { text: heading.textContent.trim(), lang: langOf(heading), visible: visible(heading) } : null,
            subtitle,
            visibleText: doc.body.innerText,
            blocks,
            tocItemHref: state.lastRelocate?.tocItem?.href ?? null,
        }
    },
}

// Shows a section or contents entry; page.evaluate has no timeout of its own, so bound it here.
const show = (page, { target, timeoutMs }) =>
    withTimeout(page.evaluate(pageScripts.showSection, { target, timeoutMs }), stepTimeoutMs, `showing ${target}`)

const han = /\p{Script=Han}/u
const latin = /[A-Za-z]/
const hanOnly = s => [...s].filter(c => han.test(c)).join('')
const rawMarkup = [/&lt;/, /&gt;/, /&amp;/, /&#x?[0-9a-f]+;/i, /&[a-z]+;/i, /<\s*\/?\s*(p|br|div|span|em|strong|h[1-6])\b/i, /ampamp/i]
const findRawMarkup = text => rawMarkup.map(pattern => text.match(pattern)?.[0]).filter(Boolean)

// Each run of Chinese paragraphs must be followed by an English one before the next Chinese paragraph, and the
// English one must come after it on screen (a later column, or lower in the same column).
const orderFailures = (section, blocks) => {
    const failures = []
    const paragraphs = blocks.filter(b => b.tag === 'p' && (b.lang.startsWith('zh') || b.lang.startsWith('en')))
    for (let i = 0; i < paragraphs.length; i++) {
        const current = paragraphs[i]
        if (!current.displayed) failures.push(`section ${section}: paragraph not displayed: ${current.text}`)
        if (!current.lang.startsWith('zh')) continue
        const next = paragraphs[i + 1]
        if (next?.lang.startsWith('zh') && current.bead !== null && next.bead === current.bead) continue // one bead, several originals
        if (!next || !next.lang.startsWith('en')) {
            failures.push(`section ${section}: Chinese paragraph with no English after it: ${current.text}`)
            continue
        }
        const later = next.left > current.left + current.width / 2 || (Math.abs(next.left - current.left) <= current.width / 2 && next.top >= current.bottom - 1)
        if (!later) failures.push(`section ${section}: English paragraph is not shown after its Chinese one: ${next.text}`)
    }
    return { failures, zh: paragraphs.filter(p => p.lang.startsWith('zh')).length, en: paragraphs.filter(p => p.lang.startsWith('en')).length }
}

const run = async () => {
    let base = previewUrl
    if (!base) {
        await new Promise(r => server.listen(0, '127.0.0.1', r))
        base = `http://127.0.0.1:${server.address().port}/`
    }
    const { chromium } = await import('playwright-core')
    userDataDir = mkdtempSync(join(tmpdir(), 'novel-render-'))
    const t0 = Date.now()
    context = await withTimeout(chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport: { width: 1000, height: 800 },
        timeout: stepTimeoutMs,
    }), stepTimeoutMs + 5000, 'browser launch')
    summary.browser = 'chromium ' + (context.browser()?.version() ?? execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 10000 }).trim())
    const page = context.pages()[0] ?? await context.newPage()
    page.setDefaultTimeout(stepTimeoutMs)
    const consoleErrors = []
    page.on('console', message => { if (message.type() === 'error') consoleErrors.push(message.text()) })
    page.on('pageerror', error => consoleErrors.push(String(error)))
    await page.goto(base + '?start=first', { timeout: stepTimeoutMs })
    await page.waitForFunction(() => window.novelViewer?.opened || window.novelViewer?.error, null, { timeout: stepTimeoutMs })
    const viewerError = await page.evaluate(() => window.novelViewer.error)
    if (viewerError) throw new Error('the reader could not open the book: ' + viewerError)
    summary.timings.openMs = Date.now() - t0

    const described = await withTimeout(page.evaluate(pageScripts.describeBook), stepTimeoutMs, 'reading the book\'s contents')
    summary.title = described.title
    summary.languages = described.languages
    summary.sections = described.sections.length
    summary.tocEntries = described.toc.length

    // Follow each contents entry, then render the sections no entry reached; every section is rendered once.
    const t1 = Date.now()
    const rendered = new Map()
    const navigations = []
    for (const entry of described.toc) {
        if (entry.index === null) continue
        const shown = await show(page, { target: entry.href, timeoutMs: 5000 })
        navigations.push({ entry, shown })
        if (shown.shownIndex === entry.index && !rendered.has(entry.index)) rendered.set(entry.index, shown)
    }
    summary.timings.navigationMs = Date.now() - t1
    const t2 = Date.now()
    const renderFailures = []
    for (const section of described.sections.filter(s => s.linear && !rendered.has(s.index))) {
        const shown = await show(page, { target: section.index, timeoutMs: 5000 })
        if (shown.shownIndex === section.index) rendered.set(section.index, shown)
        else renderFailures.push(`section ${section.index} (${section.id}) did not render`)
    }
    summary.timings.otherSectionsMs = Date.now() - t2

    // What each rendered section shows: chapters with their headings, paragraphs in order, no escaped markup.
    const chapters = new Map()
    const markupFailures = [], orderProblems = [...renderFailures]
    let zhCount = 0, enCount = 0
    for (const [index, shown] of [...rendered].sort(([a], [b]) => a - b)) {
        const id = described.sections[index]?.id
        if (shown.isChapter && shown.heading) chapters.set(index, { id, heading: shown.heading.text, subtitle: shown.subtitle })
        for (const found of findRawMarkup(shown.visibleText)) markupFailures.push(`section ${index} (${id}) shows "${found}"`)
        if (!shown.isChapter) continue // title page, front matter: not a paragraph-by-paragraph translation
        const order = orderFailures(`${index} (${id})`, shown.blocks)
        orderProblems.push(...order.failures)
        zhCount += order.zh
        enCount += order.en
    }
    summary.chapters = chapters.size
    for (const entry of described.toc) {
        for (const found of findRawMarkup(entry.label)) markupFailures.push(`contents entry "${entry.label}" shows "${found}"`)
    }

    // The contents: every chapter listed, in both languages when its heading has a translation.
    const tocFailures = []
    if (chapters.size === 0) tocFailures.push('no chapter (a section with epub:type="chapter" and a heading) was rendered')
    const entriesByIndex = new Map()
    for (const entry of described.toc) {
        if (entry.index === null) tocFailures.push(`contents entry "${entry.label}" points nowhere: ${entry.href}`)
        else if (!entriesByIndex.has(entry.index)) entriesByIndex.set(entry.index, entry)
    }
    for (const [index, chapter] of chapters) {
        const entry = entriesByIndex.get(index)
        if (!entry) {
            tocFailures.push(`chapter "${chapter.heading}" (${chapter.id}) has no contents entry`)
            continue
        }
        if (han.test(chapter.heading) && !han.test(entry.label)) tocFailures.push(`contents entry "${entry.label}" lacks the Chinese title "${chapter.heading}"`)
        if (chapter.subtitle && !latin.test(entry.label)) tocFailures.push(`contents entry "${entry.label}" lacks the English title "${chapter.subtitle}"`)
    }
    check('toc-bilingual', tocFailures, { chapters: chapters.size, entries: described.toc.length })

    // Following each contents entry showed its chapter, heading on the visible page.
    const navigationFailures = []
    for (const { entry, shown } of navigations) {
        const chapter = chapters.get(entry.index)
        if (shown.shownIndex !== entry.index) navigationFailures.push(`"${entry.label}" showed section ${shown.shownIndex}, not ${entry.index}`)
        else if (!chapter) continue // front matter, volume pages: only that it opens
        else if (!shown.heading?.visible) navigationFailures.push(`"${entry.label}" opened section ${entry.index} but its heading "${chapter.heading}" is not on the visible page`)
        else if (hanOnly(entry.label) && !hanOnly(chapter.heading + chapter.subtitle).includes(hanOnly(entry.label)) && !hanOnly(entry.label).includes(hanOnly(chapter.heading)))
            navigationFailures.push(`"${entry.label}" opened a chapter headed "${chapter.heading}"`)
    }
    check('toc-navigation', navigationFailures)
    check('paragraph-order', orderProblems, { chinese: zhCount, english: enCount })
    check('no-raw-markup', markupFailures)
    const families = cjkFontFamilies()
    check('cjk-font', families.length ? [] : ['fc-list finds no font for :lang=zh; Chinese would render as boxes'], { fonts: families.length })

    // Screenshots: the first chapter's first page, and the last chapter's when there are several.
    const chapterIndexes = [...chapters.keys()]
    for (const index of [...new Set([chapterIndexes[0], chapterIndexes.at(-1)])].filter(i => i !== undefined)) {
        await show(page, { target: index, timeoutMs: 5000 })
        const path = join(resolve(outDir), `chapter-${String(index).padStart(4, '0')}.png`)
        await page.locator('#main').screenshot({ path, timeout: stepTimeoutMs }) // the page, without the contents list
        summary.screenshots.push(path)
    }
    summary.consoleErrors = consoleErrors.slice(0, 10)
    summary.ok = Object.values(summary.checks).every(c => c.ok)
}

try {
    await run()
    await withTimeout(cleanUp(), 15000, 'clean-up')
    finish(summary.ok ? 0 : 1)
} catch (error) {
    await withTimeout(cleanUp(), 15000, 'clean-up').catch(() => {})
    fail(String(error?.stack ?? error))
}
