import type { Plugin } from 'vite'
import { fileURLToPath, URL } from 'node:url'

const STUB = fileURLToPath(new URL('../src/api/no-fetch-adapter.ts', import.meta.url))

/**
 * Parts of axios the client never reaches, only hung on the `axios` object for callers who look
 * them up: `HttpStatusCode` (a table of names) and `CancelToken` (we cancel by AbortSignal; axios
 * only calls a token passed in a request's config). Stubbed to keep the lazy axios chunk small.
 */
const UNUSED: Record<string, string> = {
  './helpers/HttpStatusCode.js': 'export default {}',
  './cancel/CancelToken.js': 'export default class CancelToken { constructor() { throw new Error("CancelToken is not bundled: pass an AbortSignal") } static source() { return new CancelToken() } }',
}
const VIRTUAL = '\0wgc:axios-unused:'

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
      if (UNUSED[source] !== undefined && importer && /[\\/]axios[\\/]lib[\\/]axios\.js$/.test(importer))
        return VIRTUAL + source
      return null
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? UNUSED[id.slice(VIRTUAL.length)] : null
    },
  }
}
