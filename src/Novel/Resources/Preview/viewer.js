// Opens book.epub (or ?book=URL) in foliate-js and shows a contents list and page buttons.
// window.novelViewer lets a test drive the same view a person sees: it waits for `opened`, reads
// `view.book`, navigates with `view.goTo(...)` and reads the last relocation (the visible range).
import './engine/view.js'

const $ = id => document.getElementById(id)
const params = new URLSearchParams(location.search)
const bookUrl = params.get('book') ?? 'book.epub'

const state = { opened: false, error: null, lastRelocate: null, relocations: 0 }
window.novelViewer = state

const labelOf = x => typeof x === 'string' ? x : x ? Object.values(x)[0] ?? '' : ''

const renderToc = (items, view) => {
    const list = document.createElement('ol')
    for (const item of items ?? []) {
        const li = document.createElement('li')
        const a = document.createElement('a')
        a.textContent = item.label ?? ''
        a.href = '#' + encodeURIComponent(item.href ?? '')
        a.dataset.href = item.href ?? ''
        a.addEventListener('click', e => {
            e.preventDefault()
            view.goTo(item.href).catch(error => showError(error))
        })
        li.append(a)
        if (item.subitems?.length) li.append(renderToc(item.subitems, view))
        list.append(li)
    }
    return list
}

const showError = error => {
    state.error = String(error?.stack ?? error)
    $('status').textContent = String(error?.message ?? error)
    console.error(error)
}

const open = async () => {
    const view = document.createElement('foliate-view')
    state.view = view
    $('main').append(view)
    await view.open(bookUrl)
    const { book } = view
    view.renderer.setAttribute('flow', params.get('flow') ?? 'paginated')
    view.renderer.setAttribute('max-column-count', params.get('columns') ?? '1')
    view.addEventListener('relocate', ({ detail }) => {
        state.lastRelocate = detail
        state.relocations++
        for (const a of document.querySelectorAll('nav a.current')) a.classList.remove('current')
        const href = detail.tocItem?.href
        if (href) document.querySelector(`nav a[data-href="${CSS.escape(href)}"]`)?.classList.add('current')
    })
    const title = labelOf(book.metadata?.title) || 'Untitled'
    document.title = title
    $('title').textContent = title
    $('toc').append(renderToc(book.toc, view))
    $('toc-button').addEventListener('click', () => document.body.classList.toggle('no-toc'))
    $('prev').addEventListener('click', () => view.prev())
    $('next').addEventListener('click', () => view.next())
    document.addEventListener('keydown', e => {
        if (e.key === 'ArrowLeft') view.goLeft()
        else if (e.key === 'ArrowRight') view.goRight()
    })
    await view.init({ showTextStart: params.get('start') !== 'first' })
    state.opened = true
}

open().catch(showError)
