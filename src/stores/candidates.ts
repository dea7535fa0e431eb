import { defineStore } from 'pinia'
import { useCandidates } from '@/composables/useCandidates'
import { useInstance } from '@/runtime/context'

/** The people to pick from, loaded once per mount (not per open) so the dialog opens at once. */
export const useCandidatesStore = defineStore('candidates', () => useCandidates(useInstance()))
