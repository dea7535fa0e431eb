import { defineStore } from 'pinia'
import { ref } from 'vue'

export const useFloorStore = defineStore('floor', () => {
  const clicks = ref(0)
  const status = ref(0)
  return { clicks, status }
})
