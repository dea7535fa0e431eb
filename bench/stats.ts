export function median(values: readonly number[]): number {
  if (values.length === 0)
    return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] as number : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export const round = (value: number, digits = 0): number => Number(value.toFixed(digits))

/** kB as Vite's build report counts them (1 kB = 1000 bytes), so the figures can be cross-checked there. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`

export const ms = (value: number): string => `${Math.round(value)} ms`

/** The range of timed samples, to show how noisy a median is. */
export const range = (values: readonly number[]): string =>
  `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`
