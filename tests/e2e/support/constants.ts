import { PORTS } from './ports'

/** The qiankun app name the module registers (docs/host-guide.md). */
export const APP_NAME = 'wecom-group-chat'
/** The built module (no `--base`), served by tests/e2e/support/serve-dist.mjs (playwright.config.ts). */
export const APP_ENTRY = `http://127.0.0.1:${PORTS.app}/`
/** The same files from another origin, under a sub-path. */
export const APP_ENTRY_SUBPATH = `http://localhost:${PORTS.subpath}/sub/path/`
/** A second build, made with `--base=<this URL>`. */
export const APP_ENTRY_ABSOLUTE = `http://127.0.0.1:${PORTS.absolute}/`
/** The example host portal (tests/e2e/host). */
export const HOST_ORIGIN = `http://127.0.0.1:${PORTS.host}`
/** The module's own dev server, `npm run dev` as a newcomer starts it. */
export const DEV_ORIGIN = `http://127.0.0.1:${PORTS.dev}`
/** On the host's server: the built entry whose script answers 404 (tests/e2e/host/broken-entries.ts). */
export const MISSING_SCRIPT_ENTRY = `${HOST_ORIGIN}/__e2e__/missing-script/`

/** Containers the host page always has (each in its own card with `transform` and `overflow: hidden`). */
export const SLOT_A = '#slot-a'
export const SLOT_B = '#slot-b'
/** Where the registered app mounts in `mode: 'register'`. */
export const ROUTE_SLOT = '#route-slot'

/** The trigger's and the dialog's accessible names with `locale: 'en-US'` contain this (docs/host-guide.md). */
export const GROUP_CHAT = /group chat/i
