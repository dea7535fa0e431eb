import axios from 'axios'

/** An axios instance, made when the app loads, as a typical sub-app of this stack makes its own. */
export const http = axios.create({ baseURL: '/api' })
