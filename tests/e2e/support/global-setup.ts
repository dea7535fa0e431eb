import { APP_ENTRY } from './constants'

/**
 * Runs after the web servers are up. Locally an already-running server is reused, and `npm run
 * preview` also listens on 4601: if that one serves a build without the absolute base, every test
 * would fail in a confusing way. Say so once, plainly.
 */
export default async function globalSetup(): Promise<void> {
  const response = await fetch(APP_ENTRY)
  const html = await response.text()
  if (!response.ok || !html.includes(`${APP_ENTRY}assets/`)) {
    throw new Error(
      `${APP_ENTRY} does not serve a build made with --base=${APP_ENTRY}. `
      + 'Stop whatever listens on port 4601 (e.g. `npm run preview`) and run the e2e tests again: '
      + 'they build and serve the module themselves.',
    )
  }
}
