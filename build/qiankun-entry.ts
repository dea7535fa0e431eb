import type { Plugin } from 'vite'

/**
 * Repairs the entry script that vite-plugin-qiankun 1.0.15 writes into index.html.
 *
 * The plugin's script does `import(entry).finally(() => window.proxy.vitemount(...))`. Two defects:
 * - `window.proxy` is read when the import settles, by which time qiankun has pointed it at the
 *   sandbox of whichever app loaded last. Two `loadMicroApp` calls in one tick therefore hand app A's
 *   lifecycles to app B, and A stays in BOOTSTRAPPING forever (plugin issues #17, #27, #35, #63, #70).
 * - A failed import (a wrong `--base`, a 404) resolves nothing, so qiankun hangs instead of rejecting.
 *
 * This post-order hook replaces the plugin's two scripts with one that captures the sandbox while it
 * runs synchronously, and rejects every lifecycle with the real error when the import fails.
 * The plugin is pinned at 1.0.15: if its output changes shape, the build fails here instead of
 * shipping an entry that hangs.
 */
export function qiankunEntryFix(appName: string): Plugin {
  return {
    name: 'wecom-group-chat:qiankun-entry-fix',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return rewriteQiankunEntry(html, appName)
      },
    },
  }
}

// The import argument may hold parentheses itself (dev mode prefixes qiankun's public path).
const PLUGIN_ENTRY = /<script([^>]*)>\s*import\(([\s\S]*?)\)\.finally\(\(\) => \{[\s\S]*?\}\)\s*<\/script>/
const PLUGIN_HELPER = /<script>\s*const createDeffer = [\s\S]*?<\/script>/

export function rewriteQiankunEntry(html: string, appName: string): string {
  const entry = PLUGIN_ENTRY.exec(html)
  if (!entry || !PLUGIN_HELPER.test(html))
    throw new Error('qiankun-entry-fix: vite-plugin-qiankun output not recognised; check the plugin version')
  const [whole, attrs = '', importArg = ''] = entry
  const loader = `<script${attrs}>${entryLoader(importArg, appName)}</script>`
  return html.replace(whole, () => loader).replace(PLUGIN_HELPER, '')
}

/** ES5-style so it runs in whatever wrapper import-html-entry evaluates it in. */
function entryLoader(importArg: string, appName: string): string {
  const name = JSON.stringify(appName)
  return `
;(function (sandbox) {
  if (!sandbox.__POWERED_BY_QIANKUN__) { import(${importArg}); return; }
  var name = ${name};
  var settle;
  var ready = new Promise(function (resolve, reject) { settle = { resolve: resolve, reject: reject }; });
  ready.catch(function () {});
  var lifecycles = {};
  ['bootstrap', 'mount', 'unmount', 'update'].forEach(function (hook) {
    lifecycles[hook] = function (props) { return ready.then(function (lc) { return lc[hook](props); }); };
  });
  sandbox.qiankunName = name;
  import(${importArg}).then(function () {
    var registry = window.moudleQiankunAppLifeCycles;
    if (!registry || !registry[name]) throw new Error(name + ': the entry module registered no lifecycles');
    settle.resolve(registry[name]);
  }).catch(function (error) { settle.reject(error); });
  sandbox[name] = lifecycles;
})(window);
`
}
