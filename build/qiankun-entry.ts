import type { IndexHtmlTransformContext, Plugin } from 'vite'
import type { LoaderConfig } from './entry-loader/loader.ts'
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify, transformWithOxc } from 'vite'

/**
 * Replaces the entry script that vite-plugin-qiankun 1.0.15 writes into index.html with our own
 * loader (build/entry-loader/loader.ts), the one place that sees which host runs the page, and
 * inlines the stylesheet, so that nothing on the mount path waits for another request.
 *
 * The plugin's script does `import(entry).finally(() => window.proxy.vitemount(...))`. Its defects:
 * - `window.proxy` is read when the import settles, by which time qiankun has pointed it at the
 *   sandbox of whichever app loaded last (two `loadMicroApp` calls in one tick hang the first;
 *   plugin issues #17, #27, #35, #63, #70); qiankun 3 sets no `window.proxy` at all.
 * - A failed import (a 404) resolves nothing, so qiankun hangs instead of rejecting.
 * - It imports the entry verbatim in the host page, so only an absolute `--base` works.
 * - It registers the lifecycles under one fixed global: with `sandbox: false` a second instance
 *   finds no *new* global and qiankun says "You need to export lifecycle functions".
 *
 * The loader is a TypeScript source, linted and type-checked; the build compiles and minifies it
 * and calls it with the module's and the language chunks' URLs. The plugin is pinned: if its
 * output changes shape, the build fails.
 */
export function qiankunEntryFix(appName: string): Plugin {
  return {
    name: 'wecom-group-chat:qiankun-entry-fix',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        return inlineStylesheet(await rewriteQiankunEntry(html, appName, localeChunks(context)), context)
      },
    },
  }
}

/**
 * The language chunks (src/i18n/<locale>.ts) of a build, relative to the main file, as the main
 * file imports them: whatever `--base`, the loader then asks for the very URL the module will.
 */
function localeChunks({ bundle }: IndexHtmlTransformContext): Record<string, string> {
  const chunks = Object.values(bundle ?? {}).filter(c => c.type === 'chunk')
  const main = chunks.find(c => c.isEntry)
  const locales: Record<string, string> = {}
  for (const chunk of chunks) {
    const locale = /\/src\/i18n\/([a-z]{2}-[A-Z]{2})\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1]
    if (locale && main)
      locales[locale] = `./${posix.relative(posix.dirname(main.fileName), chunk.fileName)}`
  }
  return locales
}

const STYLESHEET = /<link rel="stylesheet"[^>]*href="\.?\/?([^"]+\.css)"[^>]*>/

/**
 * qiankun inlines the stylesheet as a <style> anyway, after one more request: the build does it
 * instead, and drops the file. Its CSS has no relative url() (checked), so moving it keeps its meaning.
 */
export function inlineStylesheet(html: string, { bundle }: Pick<IndexHtmlTransformContext, 'bundle'>): string {
  const link = STYLESHEET.exec(html)
  const asset = link && bundle?.[link[1] ?? '']
  if (!link || !asset || asset.type !== 'asset')
    return html
  const css = String(asset.source)
  if (/url\(\s*['"]?\.{1,2}\//.test(css))
    throw new Error('qiankun-entry-fix: the stylesheet has relative url()s and cannot be inlined')
  delete bundle[asset.fileName]
  return html.replace(link[0], () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`)
}

// The import argument may hold parentheses itself (dev mode prefixes qiankun's public path).
const PLUGIN_ENTRY = /<script([^>]*)>\s*import\(([\s\S]*?)\)\.finally\(\(\) => \{[\s\S]*?\}\)\s*<\/script>/
const PLUGIN_HELPER = /<script>\s*const createDeffer = [\s\S]*?<\/script>/
/** The module's own URL is the last string literal of the plugin's import argument. */
const MODULE_SRC = /'([^']+)'\s*$/

export async function rewriteQiankunEntry(html: string, appName: string, locales: Record<string, string> = {}): Promise<string> {
  const entry = PLUGIN_ENTRY.exec(html)
  const src = entry && MODULE_SRC.exec(entry[2] ?? '')?.[1]
  if (!entry || !src || !PLUGIN_HELPER.test(html))
    throw new Error('qiankun-entry-fix: vite-plugin-qiankun output not recognised; check the plugin version')
  const loader = `<script${entry[1] ?? ''}>${await entryLoader(src, appName, locales)}</script>`
  return html.replace(entry[0], () => loader).replace(PLUGIN_HELPER, '')
}

// A string, not a URL object: under jsdom (the unit tests) `URL` is not Node's.
const LOADER_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'entry-loader/loader.ts')

/** The loader's compiled, minified source, called with this build's URLs; one script, no globals of its own. */
export async function entryLoader(src: string, appName: string, locales: Record<string, string> = {}): Promise<string> {
  const config: LoaderConfig = { src, appName, locales, defaultLocale: 'zh-CN' }
  const { code } = await transformWithOxc(readFileSync(LOADER_SOURCE, 'utf8'), LOADER_SOURCE, { lang: 'ts' })
  // The URLs stay out of the minifier, as plain JSON: they read in index.html as the build wrote them.
  const minified = await minify('entry-loader.js', `var load=function(config){${code.replace(/^export /gm, '')}\nentryLoader(window,config)}`, { compress: true, mangle: true })
  if (minified.errors.length)
    throw new Error(`qiankun-entry-fix: the entry loader does not compile: ${minified.errors.map(e => e.message).join('; ')}`)
  const script = `(function(){${minified.code.trim().replace(/;$/, '')};load(${JSON.stringify(config)})})()`
  return script.replace(/<\/script/gi, '<\\/script')
}
