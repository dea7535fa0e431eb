import { defineStore } from 'pinia'
import { watch } from 'vue'
import { useFlowStore } from './flow'

/** What a person had picked and typed for one record, kept while the dialog is closed. */
export interface Draft {
  picked: readonly string[]
  /** The picked people who came from WeCom's own picker, with their names: they are in no list. */
  contacts: readonly { userId: string, name: string }[]
  name: string
  touched: boolean
}

/**
 * Drafts per record (bizId): closing the dialog (×, Escape, Close) loses nothing, and it reopens as
 * it was left. A draft goes once its record's group is created; all go when the instance unmounts
 * (the store lives in the instance's own Pinia).
 */
export const useDraftsStore = defineStore('drafts', () => {
  const drafts = new Map<string, Draft>()
  const flow = useFlowStore()

  // Created, even with the dialog closed mid-create: the next open for that record starts clean.
  watch(() => flow.state, (s) => {
    if (s.kind === 'created')
      drafts.delete(s.group.bizId)
  })

  return {
    get: (bizId: string): Draft | undefined => drafts.get(bizId),
    save: (bizId: string, draft: Draft) => void drafts.set(bizId, draft),
    drop: (bizId: string) => void drafts.delete(bizId),
  }
})
