/** The printed table, and the rows of figures (c) and (d) with their goals (see docs/benchmarks.md). */
import type { InteractiveResult } from './figures/interactive'
import type { LargeListRun, PhaseName } from './figures/large-list'
import { SIZES } from './figures/large-list'
import { median, ms, range } from './stats'

export interface Row {
  figure: string
  value: string
  reference: string
  ratio: string
  goal: string
  /** undefined: no goal, the figure is for information. */
  met?: boolean
}

export const times = (value: number) => `${value.toFixed(2)}×`

export function table(rows: Row[]): string {
  const header = ['figure', 'value', 'reference', 'ratio', 'goal', 'met?']
  const cells = rows.map(r => [r.figure, r.value, r.reference, r.ratio, r.goal, r.met === undefined ? '–' : r.met ? 'yes' : 'NO'])
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => (c[i] ?? '').length)))
  const line = (c: string[]) => `| ${c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n')
}

/** (c) at one network delay: the module against the stack floor and hello; goals only where `goals` says. */
export function interactiveRows(result: InteractiveResult, delayMs: number, goals: boolean): Row[] {
  const app = median(result.ms.app)
  const floor = median(result.ms.floor)
  const hello = median(result.ms.hello)
  const at = delayMs ? `+${delayMs} ms/request` : 'localhost'
  const value = `${ms(app)} (${range(result.ms.app)})`
  return [
    {
      figure: `(c) loadMicroApp → dialog painted, ${at}, vs stack floor`,
      value,
      reference: `floor ${ms(floor)} (${range(result.ms.floor)})`,
      ratio: times(app / floor),
      goal: goals ? '≤ 1.20×' : '',
      met: goals ? app / floor <= 1.2 : undefined,
    },
    {
      figure: `(c) loadMicroApp → dialog painted, ${at}, vs hello`,
      value,
      reference: `hello ${ms(hello)} (${range(result.ms.hello)})`,
      ratio: times(app / hello),
      goal: goals ? '≤ 1.40×' : '',
      met: goals ? app / hello <= 1.4 : undefined,
    },
  ]
}

const PHASES: [PhaseName, string][] = [
  ['mount', 'mount (module already loaded once)'],
  ['open', 'trigger click → list painted'],
  ['keystroke', 'first keystroke (7) → filtered list painted'],
  ['pinyinScan', 'first pinyin scan (x) → first frame painted'],
  ['paste', 'a paste of 3,000 letters (worst case for pinyin) → painted'],
  ['update', 'update() with the same people (new objects)'],
]

/** (d): each phase at 10,000 and 100,000 people, and its longest task. */
export function largeListRows(runs: Record<number, LargeListRun[]>): Row[] {
  const [small, large] = SIZES
  const rows: Row[] = []
  const of = (n: number, phase: PhaseName, what: 'ms' | 'longestTask') => (runs[n] ?? []).map(r => r[phase][what])
  for (const [phase, label] of PHASES) {
    const bigMs = median(of(large, phase, 'ms'))
    const smallMs = median(of(small, phase, 'ms'))
    rows.push({
      figure: `(d) ${large.toLocaleString('en')} people: ${label}`,
      value: `${ms(bigMs)} (${range(of(large, phase, 'ms'))})`,
      reference: `${small.toLocaleString('en')}: ${ms(smallMs)}`,
      ratio: times(bigMs / smallMs),
      goal: phase === 'mount' ? '≤ 2.00×' : '',
      met: phase === 'mount' ? bigMs / smallMs <= 2 : undefined,
    })
    const longest = Math.max(...of(large, phase, 'longestTask'))
    rows.push({
      figure: `(d) ${large.toLocaleString('en')} people: longest task during ${phase}`,
      value: longest ? ms(longest) : 'none > 50 ms',
      reference: `${small.toLocaleString('en')}: ${Math.max(...of(small, phase, 'longestTask')) ? ms(Math.max(...of(small, phase, 'longestTask'))) : 'none > 50 ms'}`,
      ratio: '',
      goal: 'no task > 50 ms',
      met: longest <= 50,
    })
  }
  return rows
}
