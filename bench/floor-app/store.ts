import { defineStore } from 'pinia'
import { ref } from 'vue'

const NAMES = ['赵敏', '钱多多', '孙小美', '李雷', '周杰', '吴磊']

/** The people the dialog lists, held in a Pinia store as the module holds its own. */
export const useFloorStore = defineStore('floor', () => {
  const people = ref(NAMES.map((name, i) => ({ userId: `u${i}`, name })))
  return { people }
})
