/**
 * `npm run bench`: builds the module and its comparison apps, serves them on free ports, measures
 * figures (a)–(e) in Debian's Chromium through the example qiankun host, and prints one table.
 * It prints figures and never fails on a time; the raw samples go to node_modules/.bench/results.json.
 */
import { writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { measureBundle } from './figures/bundle'
import type { Row } from './table'
import { CYCLES, measureHeap } from './figures/heap'
import { measureInteractive } from './figures/interactive'
import { measureLargeList } from './figures/large-list'
import { LATENCY_MS, measureOpenChat } from './figures/open-chat'
import { buildAll, launchBrowser, OUT_DIR, startServers } from './setup'
import { kB, median, ms, range } from './stats'
import { interactiveRows, largeListRows, table, times } from './table'

/** Samples per timed figure; each is a first visit in a fresh browser context. */
const RUNS = 5
/** (c) compares three apps whose figures differ by tens of ms: more samples, alternated. */
const RUNS_C = Number(process.env.BENCH_RUNS_C ?? 9)
/** (c) once more with this much added to every answer of the apps' server: a real network. */
const NETWORK_MS = 40
const RUNS_D = Number(process.env.BENCH_RUNS_D ?? 3)

/** `BENCH_ONLY=d`: figure (d) alone, to measure a change to the long-list paths without the rest. */
const ONLY_D = process.env.BENCH_ONLY === 'd'

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`)

/** Timings mean little on a busy machine: say how busy it was. */
const load = () => loadavg()[0]?.toFixed(1) ?? '?'

async function main(): Promise<void> {
  progress('building the module, the floor and hello apps, and the host pages…')
  const stopServers = await startServers()
  const builds = buildAll()
  const browser = await launchBrowser()
  const loadBefore = load()
  try {
    if (ONLY_D) {
      progress(`(d) only: 10,000 and 100,000 people, ${RUNS_D} runs each…`)
      const largeList = await measureLargeList(browser, RUNS_D)
      process.stdout.write(`\n${table(largeListRows(largeList))}\n\nmedians of first visits (range in brackets), ${RUNS_D} per size; load average ${loadBefore} → ${load()} on ${availableParallelism()} CPUs\n`)
      writeFileSync(join(OUT_DIR, 'results-d.json'), `${JSON.stringify({ date: new Date().toISOString(), largeList }, null, 2)}\n`)
      return
    }
    progress(`(a) Create → open chat, ${RUNS}× each, mockLatency=${LATENCY_MS}…`)
    const openChat = await measureOpenChat(browser, RUNS)
    progress('(b) bytes fetched…')
    const bundle = await measureBundle(browser, builds.sdkChunk, builds.pinyinChunk)
    progress(`(c) loadMicroApp → dialog painted, ${RUNS_C}× each of module, floor, hello, localhost…`)
    const interactive = await measureInteractive(browser, RUNS_C)
    progress(`(c) the same, +${NETWORK_MS} ms per request from the apps' server…`)
    const interactiveNet = await measureInteractive(browser, RUNS_C, NETWORK_MS)
    progress(`(d) 10,000 and 100,000 people, ${RUNS_D} runs each…`)
    const largeList = await measureLargeList(browser, RUNS_D)
    progress(`(e) heap over ${CYCLES} cycles…`)
    const heap = await measureHeap(browser)

    const openModule = median(openChat.module.map(s => s.ms))
    const openReference = median(openChat.reference.map(s => s.ms))
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
      ...interactiveRows(interactiveNet, NETWORK_MS, true),
      ...interactiveRows(interactive, 0, false),
      {
        figure: '(c) the apps\' own files through the page\'s service worker',
        value: `${interactive.throughWorker + interactiveNet.throughWorker} of ${interactive.files + interactiveNet.files}`,
        reference: '',
        ratio: '',
        goal: '0',
        met: interactive.throughWorker + interactiveNet.throughWorker === 0,
      },
      ...largeListRows(largeList),
      {
        figure: `(e) JS heap growth over ${CYCLES} load/open/unmount cycles`,
        value: kB(heap.app),
        reference: `hello app ${kB(heap.hello)}`,
        ratio: times(heap.app / heap.hello),
        goal: '',
      },
    ]

    const machine = `load average ${loadBefore} → ${load()} on ${availableParallelism()} CPUs`
    process.stdout.write(`\n${table(rows)}\n\nmedians of first visits (range in brackets): (a) ${RUNS}, (c) ${RUNS_C} alternated per app and delay, (d) ${RUNS_D} per size; RT = one ${LATENCY_MS} ms round trip; 1 kB = 1000 bytes; ${machine}\n`)
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
        interactiveNet,
        largeList,
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
