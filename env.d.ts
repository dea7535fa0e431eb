/// <reference types="vite/client" />

/** The qiankun app name, from vite.config.ts. */
declare const __APP_NAME__: string
