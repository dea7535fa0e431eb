import { APP_ENTRY } from './constants'

/**
 * Runs after the web servers are up. Locally an already-running server may be reused, and `npm run
 * preview` also listens on 4601: if that one serves something other than the relative-base build,
 * every test would fail in a confusing way. Say so once, plainly.
 */
export default async function globalSetup(): Promise<void> {
  const response = await fetch(APP_ENTRY)
  const html = await response.text()
  if (!response.ok || !html.includes('"./assets/')) {
    throw new Error(
      `${APP_ENTRY} does not serve the build made without --base. `
      + 'Stop whatever listens on port 4601 (e.g. `npm run preview`) and run the e2e tests again: '
      + 'they build and serve the module themselves.',
    )
  }
}
