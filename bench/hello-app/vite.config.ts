import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import { subAppConfig } from '../sub-app-config.ts'

export default defineConfig(subAppConfig('bench-hello', fileURLToPath(new URL('.', import.meta.url))))
