import type { Plugin } from 'vite'

/**
 * Replaces the entry script that vite-plugin-qiankun 1.0.15 writes into index.html with our own
 * loader, the one place that sees which host runs the page.
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
 * Our loader runs synchronously against whatever `window` the host evaluates it with (qiankun's
 * sandbox proxy, or the real window with `sandbox: false`). Under qiankun it resolves the module
 * against `__INJECTED_PUBLIC_PATH_BY_QIANKUN__` (the entry's directory), hands qiankun lifecycles
 * under a fresh key per load (deleted again on unmount) that wait for the module's `qiankun`
 * lifecycles, and rejects them with the real error when the import fails. Anywhere else
 * (standalone, wujie, micro-app) it imports the module against that host's idea of our URL and
 * calls its `start()`. The plugin is pinned: if its output changes shape, the build fails.
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
/** The module's own URL is the last string literal of the plugin's import argument. */
const MODULE_SRC = /'([^']+)'\s*$/

export function rewriteQiankunEntry(html: string, appName: string): string {
  const entry = PLUGIN_ENTRY.exec(html)
  const src = entry && MODULE_SRC.exec(entry[2] ?? '')?.[1]
  if (!entry || !src || !PLUGIN_HELPER.test(html))
    throw new Error('qiankun-entry-fix: vite-plugin-qiankun output not recognised; check the plugin version')
  const loader = `<script${entry[1] ?? ''}>${entryLoader(src, appName)}</script>`
  return html.replace(entry[0], () => loader).replace(PLUGIN_HELPER, '')
}

/** ES5-style so it runs in whatever wrapper the host evaluates it in. */
export function entryLoader(src: string, appName: string): string {
  return `
;(function (global) {
  var src = ${JSON.stringify(src)};
  // The module registers its hooks by its own URL (an app build keeps no entry exports): see src/main.ts.
  function load(base) {
    var url = new URL(src, base || document.baseURI).href;
    return import(url).then(function () {
      var registry = window[Symbol.for(${JSON.stringify(appName)})];
      var hooks = registry && registry.get(url);
      if (!hooks) throw new Error(${JSON.stringify(`${appName}: the entry module registered no lifecycles`)} + ' at ' + url);
      return hooks;
    });
  }
  if (!global.__POWERED_BY_QIANKUN__) {
    var wujie = global.__WUJIE;
    // No host to tell: say it in the console, never as an unhandled rejection in the host's page.
    load((wujie && wujie.url) || global.__MICRO_APP_PUBLIC_PATH__).then(function (m) { m.start(); })
      .catch(function (error) { console.error(error); });
    return;
  }
  var key = ${JSON.stringify(`${appName}:`)} + Date.now().toString(36) + Math.random().toString(36).slice(2);
  var ready = load(global.__INJECTED_PUBLIC_PATH_BY_QIANKUN__).then(function (m) { return m.qiankun; });
  ready.catch(function () {});
  function hook(name) {
    return function (props) { return ready.then(function (lc) { return lc[name](props); }); };
  }
  var unmount = hook('unmount');
  global[key] = {
    bootstrap: hook('bootstrap'),
    mount: hook('mount'),
    update: hook('update'),
    unmount: function (props) {
      // Without a sandbox nothing else removes it; single-spa keeps its own reference for a remount.
      try { delete global[key]; } catch (e) {}
      return unmount(props);
    },
  };
})(window);
`
}
