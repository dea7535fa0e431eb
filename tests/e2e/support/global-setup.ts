import { APP_ENTRY } from './constants'

/**
 * Runs after the web servers are up: the app's port must serve the relative-base build this run
 * made. If a port was pinned (`E2E_APP_PORT`) to one something else answers on, say so once, plainly.
 */
export default async function globalSetup(): Promise<void> {
  const response = await fetch(APP_ENTRY)
  const html = await response.text()
  if (!response.ok || !html.includes('"./assets/')) {
    throw new Error(
      `${APP_ENTRY} does not serve the build made without --base. `
      + 'Unset E2E_APP_PORT, or stop whatever listens on it (e.g. `npm run preview`), and run the e2e tests again: '
      + 'they build and serve the module themselves.',
    )
  }
}
