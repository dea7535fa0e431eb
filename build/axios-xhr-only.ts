import type { Plugin } from 'vite'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'

const STUB = fileURLToPath(new URL('../src/api/no-fetch-adapter.ts', import.meta.url))

/** A stand-in that says loudly what is missing, should a path we proved unreachable ever run. */
const missing = (what: string) => `(() => { throw new Error("axios: ${what} is not bundled (build/axios-xhr-only.ts)") })`

/**
 * Parts of axios our client never reaches, by their path under `axios/lib`. The client sends
 * JSON GET/POST through the XMLHttpRequest adapter with its own deadline and AbortSignal, so:
 * - `HttpStatusCode` (a table of names) and `CancelToken` (we cancel by AbortSignal) are only hung
 *   on the `axios` object for callers who look them up;
 * - the form-data walkers (`toFormData`, `formDataToJSON`, `toURLEncodedForm`,
 *   `setFormDataHeaders`) run only for a FormData, HTML form, file list or a form content type:
 *   bodies are plain objects sent with `Content-Type: application/json` (src/api/client.ts);
 * - `AxiosURLSearchParams` serializes `params`: the client builds its one query itself, and the
 *   browser's own URLSearchParams always exists where axios would fall back to it;
 * - `cookies` and `isURLSameOrigin` are asked only to send an XSRF header: `withXSRFToken: false`;
 * - `progressEventReducer` only with `onUploadProgress`/`onDownloadProgress`, never set.
 * tests/api/axios-stubs.test.ts sends every kind of request the client makes through the stubbed axios.
 */
const UNUSED: Record<string, string> = {
  'helpers/HttpStatusCode.js': 'export default {}',
  'cancel/CancelToken.js': 'export default class CancelToken { constructor() { throw new Error("CancelToken is not bundled: pass an AbortSignal") } static source() { return new CancelToken() } }',
  'helpers/toFormData.js': `export const DEFAULT_FORM_DATA_MAX_DEPTH = 100; export default ${missing('toFormData')}`,
  'helpers/formDataToJSON.js': `export default ${missing('formDataToJSON')}`,
  'helpers/toURLEncodedForm.js': `export default ${missing('toURLEncodedForm')}`,
  'core/setFormDataHeaders.js': `export default ${missing('setFormDataHeaders')}`,
  'helpers/AxiosURLSearchParams.js': `export default class AxiosURLSearchParams { constructor() { ${missing('params serialization')}() } }`,
  'helpers/cookies.js': `const no = ${missing('XSRF cookie reading')}; export default { read: no, readAsync: no, write: no, remove: no }`,
  'helpers/isURLSameOrigin.js': `export default ${missing('isURLSameOrigin')}`,
  'helpers/progressEventReducer.js': `export const progressEventReducer = ${missing('progress events')}`,
}
const VIRTUAL = '\0wgc:axios-unused:'
const AXIOS_LIB = /[\\/]node_modules[\\/]axios[\\/]lib[\\/]/

/**
 * axios bundles its fetch adapter (about 3 kB gzip) even where the XMLHttpRequest adapter, listed
 * first for browsers, always wins. Our client asks for `adapter: 'xhr'`, so the fetch adapter is
 * swapped for a stub that says "not supported here", and the parts above for stubs that throw.
 * Every other part of axios is as published.
 */
export function axiosXhrOnly(): Plugin {
  return {
    name: 'wgc:axios-xhr-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !AXIOS_LIB.test(importer))
        return null
      if (source === './fetch.js' && /[\\/]adapters[\\/]adapters\.js$/.test(importer))
        return STUB
      const lib = importer.slice(0, importer.search(AXIOS_LIB)) + '/node_modules/axios/lib'
      const path = relative(lib, resolve(dirname(importer), source)).replaceAll('\\', '/')
      return UNUSED[path] !== undefined ? VIRTUAL + path : null
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? UNUSED[id.slice(VIRTUAL.length)] : null
    },
  }
}
