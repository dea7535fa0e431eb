/**
 * `npm run bench`: builds the module and its comparison apps, serves them on 4801/4802, measures
 * figures (a)–(e) in Debian's Chromium through the example qiankun host, and prints one table.
 * It prints figures and never fails on a time; the raw samples go to node_modules/.bench/results.json.
 */
import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { measureBundle } from './figures/bundle'
import { CYCLES, measureHeap } from './figures/heap'
import { measureInteractive } from './figures/interactive'
import { measureLargeList, PASTE, PEOPLE } from './figures/large-list'
import { LATENCY_MS, measureOpenChat } from './figures/open-chat'
import { buildAll, launchBrowser, OUT_DIR, startServers } from './setup'
import { kB, median, ms, range, round } from './stats'

/** Samples per timed figure; each is a first visit in a fresh browser context. */
const RUNS = 5

interface Row {
  figure: string
  value: string
  reference: string
  ratio: string
  goal: string
  /** undefined: no goal, the figure is for information. */
  met?: boolean
}

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`)
const times = (value: number) => `${value.toFixed(2)}×`

function table(rows: Row[]): string {
  const header = ['figure', 'value', 'reference', 'ratio', 'goal', 'met?']
  const cells = rows.map(r => [r.figure, r.value, r.reference, r.ratio, r.goal, r.met === undefined ? '–' : r.met ? 'yes' : 'NO'])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => (c[i] ?? '').length)))
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}

/** Timings mean little on a busy machine: say how busy it was. */
const load = () => loadavg()[0]?.toFixed(1) ?? '?'

async function main(): Promise<void> {
  progress('building the module, the floor and hello apps, and the host pages…')
  const builds = buildAll()
  const stopServers = await startServers()
  const browser = await launchBrowser()
  const loadBefore = load()
  try {
    progress(`(a) Create → open chat, ${RUNS}× each, mockLatency=${LATENCY_MS}…`)
    const openChat = await measureOpenChat(browser, RUNS)
    progress('(b) bytes fetched…')
    const bundle = await measureBundle(browser, builds.sdkChunk, builds.pinyinChunk)
    progress(`(c) loadMicroApp → dialog interactive, ${RUNS}× each…`)
    const interactive = await measureInteractive(browser, RUNS)
    progress(`(d) ${PEOPLE} candidates, ${RUNS} runs…`)
    const largeList = await measureLargeList(browser, RUNS)
    progress(`(e) heap over ${CYCLES} cycles…`)
    const heap = await measureHeap(browser)

    const openModule = median(openChat.module.map(s => s.ms))
    const openReference = median(openChat.reference.map(s => s.ms))
    const loadModule = median(interactive.app)
    const loadHello = median(interactive.hello)
    const listOpen = median(largeList.open)
    const keystroke = median(largeList.keystrokes)
    const pinyinKeystroke = median(largeList.pinyinKeystrokes)
    const rows: Row[] = [
      {
        figure: `(a) Create → openExistedChatWithMsg, WeCom sim, +${LATENCY_MS} ms/request`,
        value: `${ms(openModule)} = ${(openModule / LATENCY_MS).toFixed(2)} RT (${range(openChat.module.map(s => s.ms))})`,
        reference: `sequential page ${ms(openReference)} = ${(openReference / LATENCY_MS).toFixed(2)} RT (${range(openChat.reference.map(s => s.ms))})`,
        ratio: times(openModule / openReference),
        goal: '≤ 1.2 RT',
        met: openModule / LATENCY_MS <= 1.2,
      },
      {
        figure: '(a) one mocked round trip as measured (warm, reference page)',
        value: ms(median(openChat.reference.map(s => s.roundTripMs ?? Number.NaN))),
        reference: '',
        ratio: '',
        goal: '',
      },
      {
        figure: '(b) JS + CSS fetched when mounted (browser), gzip',
        value: kB(bundle.moduleGzip),
        reference: `floor app ${kB(bundle.floorGzip)}`,
        ratio: times(bundle.moduleGzip / bundle.floorGzip),
        goal: `≤ floor + 15 kB (${kB(bundle.floorGzip + 15_000)})`,
        met: bundle.moduleGzip <= bundle.floorGzip + 15_000,
      },
      {
        figure: '(b) JS + CSS fetched when mounted (browser), en-US, gzip',
        value: kB(bundle.moduleEnUSGzip),
        reference: `zh-CN ${kB(bundle.moduleGzip)}`,
        ratio: '',
        goal: '≤ 62 kB in both locales',
        met: bundle.moduleGzip <= 62_000 && bundle.moduleEnUSGzip <= 62_000,
      },
      {
        figure: '(b) pinyin chunk fetched when the dialog opens, gzip',
        value: `${bundle.pinyinOnOpenGzip} B`,
        reference: '',
        ratio: '',
        goal: '0 B',
        met: bundle.pinyinOnOpenGzip === 0,
      },
      {
        figure: '(b) pinyin chunk (lazy: first Latin keystroke over Chinese names), gzip',
        value: kB(bundle.pinyinGzip),
        reference: '',
        ratio: '',
        goal: '',
      },
      {
        figure: '(b) @wecom/jssdk fetched in a browser, gzip',
        value: `${bundle.sdkInBrowserGzip} B`,
        reference: '',
        ratio: '',
        goal: '0 B',
        met: bundle.sdkInBrowserGzip === 0,
      },
      {
        figure: '(b) @wecom/jssdk fetched in WeCom (lazy chunk), gzip',
        value: kB(bundle.sdkInWeComGzip),
        reference: '',
        ratio: '',
        goal: '',
      },
      {
        figure: '(c) loadMicroApp → dialog interactive, first visit',
        value: `${ms(loadModule)} (${range(interactive.app)})`,
        reference: `hello app ${ms(loadHello)} (${range(interactive.hello)})`,
        ratio: times(loadModule / loadHello),
        goal: '≤ 1.3×',
        met: loadModule / loadHello <= 1.3,
      },
      {
        figure: `(d) ${PEOPLE} people: trigger click → list painted`,
        value: `${ms(listOpen)} (${range(largeList.open)})`,
        reference: '',
        ratio: '',
        goal: '< 150 ms',
        met: listOpen < 150,
      },
      {
        figure: `(d) ${PEOPLE} people: keystroke → filtered list painted`,
        value: `${ms(keystroke)} (${range(largeList.keystrokes)})`,
        reference: '',
        ratio: '',
        goal: '< 50 ms',
        met: keystroke < 50,
      },
      {
        figure: `(d) ${PEOPLE} Chinese names: keystroke → filtered list, pinyin query (chunk loaded)`,
        value: `${ms(pinyinKeystroke)} (${range(largeList.pinyinKeystrokes)})`,
        reference: '',
        ratio: '',
        goal: '< 50 ms',
        met: pinyinKeystroke < 50,
      },
      {
        figure: `(d) ${PEOPLE} Chinese names: a first pinyin keystroke (x), no earlier query to narrow from`,
        value: `${ms(median(largeList.pinyinCold))} (${range(largeList.pinyinCold)})`,
        reference: '',
        ratio: '',
        goal: '< 50 ms',
        met: median(largeList.pinyinCold) < 50,
      },
      {
        figure: `(d) ${PEOPLE} Chinese names: a paste of ${PASTE.length} letters → "no match" painted`,
        value: `${ms(median(largeList.paste))} (${range(largeList.paste)})`,
        reference: '',
        ratio: '',
        goal: '< 50 ms',
        met: median(largeList.paste) < 50,
      },
      {
        figure: `(e) JS heap growth over ${CYCLES} load/open/unmount cycles`,
        value: kB(heap.app),
        reference: `hello app ${kB(heap.hello)}`,
        ratio: times(heap.app / heap.hello),
        goal: '',
      },
    ]

    const machine = `load average ${loadBefore} → ${load()} on ${availableParallelism()} CPUs`
    process.stdout.write(`\n${table(rows)}\n\nmedians of ${RUNS} first visits (range in brackets); RT = one ${LATENCY_MS} ms round trip; 1 kB = 1000 bytes; ${machine}\n`)
    const resultsFile = join(OUT_DIR, 'results.json')
    writeFileSync(resultsFile, `${JSON.stringify({
      date: new Date().toISOString(),
      browser: browser.version(),
      node: process.version,
      machine,
      rows,
      samples: {
        openChat,
        bundle,
        interactive,
        largeList: { ...largeList, keystrokesMedian: round(keystroke, 1), pinyinKeystrokesMedian: round(pinyinKeystroke, 1) },
        heap,
      },
    }, null, 2)}\n`)
    progress(`samples in ${resultsFile}`)
  }
  finally {
    await browser.close()
    await stopServers()
  }
}

await main()
