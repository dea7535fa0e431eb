/** The reference for figure (c): a hello-world Vue sub-app with one button that opens a native dialog. */
import { createApp } from 'vue'
import { serveAsSubApp } from '../sub-app-lifecycles'
import App from './App.vue'

serveAsSubApp(() => createApp(App))
