/**
 * Stands in for axios' fetch adapter (build/axios-xhr-only.ts): the client uses the XMLHttpRequest
 * adapter, so this one only ever answers "not supported in this environment".
 */
export const getFetch = (): false => false
export default false
