import { beforeEach } from 'vitest'

// jsdom has <dialog> without its methods; real browsers (and our e2e runs) have them.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  Object.defineProperty(HTMLDialogElement.prototype, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) { return this.hasAttribute('open') },
  })
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    if (!this.isConnected)
      throw new DOMException('not connected', 'InvalidStateError')
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open'))
      return
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
}

// Each test gets its own storage: a requestId kept by one test must never make another pass.
beforeEach(() => {
  globalThis.sessionStorage?.clear()
  globalThis.localStorage?.clear()
})
