/**
 * The stack floor for figures (b) and (c): the least a qiankun sub-app with this stack ships and
 * shows: Vue, a Pinia store, an axios instance, and a trigger opening a dialog of Chinese names
 * with a focused search box, built like the module.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { serveAsSubApp } from '../sub-app-lifecycles'
import App from './App.vue'

serveAsSubApp(() => createApp(App).use(createPinia()))
