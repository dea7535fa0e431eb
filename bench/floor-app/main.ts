/**
 * The floor for figure (b): the least a qiankun sub-app with this stack ships — Vue, a Pinia
 * store, one axios request and a button, built like the module.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { serveAsSubApp } from '../sub-app-lifecycles'
import App from './App.vue'

serveAsSubApp(() => createApp(App).use(createPinia()))
