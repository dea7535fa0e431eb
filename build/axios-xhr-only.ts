import type { Plugin } from 'vite'
import { fileURLToPath, URL } from 'node:url'

const STUB = fileURLToPath(new URL('../src/api/no-fetch-adapter.ts', import.meta.url))

/**
 * axios bundles its fetch adapter (about 3 kB gzip) even where the XMLHttpRequest adapter, listed
 * first for browsers, always wins. Our client asks for `adapter: 'xhr'`, so the fetch adapter is
 * swapped for a stub that says "not supported here". Every other part of axios is as published.
 */
export function axiosXhrOnly(): Plugin {
  return {
    name: 'wgc:axios-xhr-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './fetch.js' && importer && /[\\/]axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(importer))
        return STUB
      return null
    },
  }
}
