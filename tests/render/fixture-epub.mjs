// Writes small bilingual EPUB 3 books shaped like Novel's output (zh-Hans original, en translation, one page a
// chapter, nav + NCX), with or without one deliberate defect, so the render check can be tried on books whose
// right answer is known. Usage: node fixture-epub.mjs OUT.epub [--chapters N] [--defect NAME]
import { writeFileSync } from 'node:fs'
import { crc32 } from 'node:zlib'

export const defects = ['escaped-markup', 'missing-translation', 'monolingual-toc', 'wrong-toc-target', 'missing-chapter-in-toc']

const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const han = '天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈'
const words = ['the', 'sky', 'was', 'dark', 'and', 'the', 'earth', 'yellow', 'stars', 'moved', 'in', 'their', 'places', 'cold', 'came']
const zhText = (n, len) => Array.from({ length: len }, (_, i) => han[(n * 7 + i * 3) % han.length]).join('') + '。'
const enText = (n, len) => {
    const s = Array.from({ length: len }, (_, i) => words[(n + i * 5) % words.length]).join(' ')
    return s[0].toUpperCase() + s.slice(1) + '.'
}

const chapterPage = (n, { defect }) => {
    const pairs = []
    for (let p = 1; p <= 6; p++) {
        const zh = zhText(n * 10 + p, 30 + p)
        let en = enText(n * 10 + p, 14 + p)
        if (defect === 'escaped-markup' && n === 1 && p === 2) en = esc('<p>') + en // shows as "<p>" to the reader
        const enPara = defect === 'missing-translation' && n === 1 && p === 3 ? '' : `<p class="tr" lang="en">${esc(en)}</p>\n`
        pairs.push(`<div class="pair">\n<p lang="zh-Hans">${esc(zh)}</p>\n${enPara}</div>`)
    }
    return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-Hans" xml:lang="zh-Hans">
<head>
<title>${esc(titleZh(n))} · ${esc(titleEn(n))}</title>
<link rel="stylesheet" type="text/css" href="../styles/book.css"/>
</head>
<body>
<section epub:type="chapter" role="doc-chapter">
<header>
<h1 lang="zh-Hans" xml:lang="zh-Hans">${esc(titleZh(n))}</h1>
<p class="subtitle" lang="en" xml:lang="en">${esc(titleEn(n))}</p>
</header>
${pairs.join('\n')}
</section>
</body>
</html>
`
}

const titleZh = n => `第${n}章 ${han.slice(n % 40, n % 40 + 2)}`
const titleEn = n => `Chapter ${n} ${words[n % words.length]}`

const tocLabel = (n, defect) => defect === 'monolingual-toc' ? titleZh(n) : `${titleZh(n)} · ${titleEn(n)}`
const tocTarget = (n, count, defect) => defect === 'wrong-toc-target' && n === 2 ? chapterFile(Math.min(3, count)) : chapterFile(n)
const chapterFile = n => `ch${String(n).padStart(4, '0')}.xhtml`
const tocChapters = (count, defect) =>
    Array.from({ length: count }, (_, i) => i + 1).filter(n => !(defect === 'missing-chapter-in-toc' && n === count))

const navPage = (count, defect) => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-Hans" xml:lang="zh-Hans">
<head><title>目录 · Contents</title></head>
<body>
<nav epub:type="toc" id="toc"><h1>目录 · Contents</h1>
<ol>
${tocChapters(count, defect).map(n => `<li><a href="${tocTarget(n, count, defect)}">${esc(tocLabel(n, defect))}</a></li>`).join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" hidden=""><ol><li><a epub:type="bodymatter" href="${chapterFile(1)}">Start</a></li></ol></nav>
</body>
</html>
`

const ncx = (count, defect) => `<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:2f9a3c1e-0000-4000-8000-00000000f1f1"/></head>
<docTitle><text>测试之书 · A Test Book</text></docTitle>
<navMap>
${tocChapters(count, defect).map((n, i) => `<navPoint id="n${n}" playOrder="${i + 1}"><navLabel><text>${esc(tocLabel(n, defect))}</text></navLabel><content src="text/${tocTarget(n, count, defect)}"/></navPoint>`).join('\n')}
</navMap>
</ncx>
`

const opf = count => `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-Hans">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:2f9a3c1e-0000-4000-8000-00000000f1f1</dc:identifier>
<dc:title>测试之书 · A Test Book</dc:title>
<dc:creator>佚名</dc:creator>
<dc:language>zh-Hans</dc:language>
<dc:language>en</dc:language>
<meta property="dcterms:modified">2026-11-27T00:00:00Z</meta>
</metadata>
<manifest>
<item id="nav" href="text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="css" href="styles/book.css" media-type="text/css"/>
${Array.from({ length: count }, (_, i) => `<item id="c${i + 1}" href="text/${chapterFile(i + 1)}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine toc="ncx">
${Array.from({ length: count }, (_, i) => `<itemref idref="c${i + 1}"/>`).join('\n')}
</spine>
</package>
`

const css = 'p { margin: 0 0 0.4em 0; text-indent: 2em; }\np.tr { border-left: 1px solid; padding-left: 0.6em; }\nh1 { text-align: center; }\np.subtitle { text-align: center; font-style: italic; text-indent: 0; }\n'

// A zip of stored (uncompressed) entries; the mimetype entry first, as EPUB requires.
const zip = files => {
    const local = [], central = []
    let offset = 0
    for (const [name, text] of files) {
        const nameBytes = Buffer.from(name, 'utf8')
        const data = Buffer.from(text, 'utf8')
        const crc = crc32(data)
        const header = Buffer.alloc(30)
        header.writeUInt32LE(0x04034b50, 0); header.writeUInt16LE(20, 4); header.writeUInt16LE(0x0800, 6)
        header.writeUInt16LE(0, 8); header.writeUInt32LE(0, 10); header.writeUInt32LE(crc, 14)
        header.writeUInt32LE(data.length, 18); header.writeUInt32LE(data.length, 22)
        header.writeUInt16LE(nameBytes.length, 26); header.writeUInt16LE(0, 28)
        local.push(header, nameBytes, data)
        const entry = Buffer.alloc(46)
        entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6)
        entry.writeUInt16LE(0x0800, 8); entry.writeUInt16LE(0, 10); entry.writeUInt32LE(0, 12)
        entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(data.length, 20); entry.writeUInt32LE(data.length, 24)
        entry.writeUInt16LE(nameBytes.length, 28); entry.writeUInt32LE(offset, 42)
        central.push(entry, nameBytes)
        offset += 30 + nameBytes.length + data.length
    }
    const centralSize = central.reduce((sum, b) => sum + b.length, 0)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10)
    end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16)
    return Buffer.concat([...local, ...central, end])
}

export const writeFixtureEpub = (path, { chapters = 3, defect = null } = {}) => {
    if (defect && !defects.includes(defect)) throw new Error(`unknown defect ${defect}; one of ${defects.join(', ')}`)
    const files = [
        ['mimetype', 'application/epub+zip'],
        ['META-INF/container.xml', '<?xml version="1.0" encoding="utf-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>\n'],
        ['OEBPS/content.opf', opf(chapters)],
        ['OEBPS/toc.ncx', ncx(chapters, defect)],
        ['OEBPS/text/nav.xhtml', navPage(chapters, defect)],
        ['OEBPS/styles/book.css', css],
        ...Array.from({ length: chapters }, (_, i) => [`OEBPS/text/${chapterFile(i + 1)}`, chapterPage(i + 1, { defect })]),
    ]
    writeFileSync(path, zip(files))
}

if (import.meta.url === `file://${process.argv[1]}`) {
    const [out, ...rest] = process.argv.slice(2)
    if (!out) {
        console.error('usage: node fixture-epub.mjs OUT.epub [--chapters N] [--defect NAME]')
        process.exit(2)
    }
    const option = name => { const i = rest.indexOf(name); return i >= 0 ? rest[i + 1] : undefined }
    writeFixtureEpub(out, { chapters: Number(option('--chapters') ?? 3), defect: option('--defect') ?? null })
}
